using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Polls;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Polls;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>
/// The discussion fixture (amelie.r wrote MIP41 and its thread; sato-k is another contributor) plus a facilitator and an
/// admin: enough to open polls, vote, and close them by moving the clock and running the closing job.
/// </summary>
internal sealed record PollWorld(DiscussionFixture Forum, int Facilitator, int Admin)
{
    public ForumTestHost Host => Forum.Host;

    public static async Task<PollWorld> StartAsync()
    {
        var forum = await DiscussionFixture.StartAsync();
        return new PollWorld(forum, await forum.Host.MemberAsync("govalpha", MemberRoles.Facilitator), await forum.Host.MemberAsync("root.admin", MemberRoles.Admin));
    }

    public DateTimeOffset ClosesAt => Host.Time.Now.AddDays(3);

    public Task<CreatedPoll> BinaryAsync(int? asMember = null, PollWeighting weighting = PollWeighting.Member, int? snapshotId = null, OutcomeRule? rule = null) =>
        Host.SendAsync(new CreatePollCommand(Forum.ThreadId, PollType.Binary, "Ratify MIP41c5-SP2?", null, ClosesAt, Weighting: weighting, SnapshotId: snapshotId, Rule: rule), asMember ?? Facilitator);

    /// <summary>Moves past the close and runs the closing job as the host does; returns how many polls it closed.</summary>
    public Task<int> CloseAsync()
    {
        Host.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        return Host.SendAsSystemAsync(new CloseDuePollsCommand());
    }

    public Task<Poll> StoredAsync(int pollId) =>
        Host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Polls.AsNoTracking()
            .Include(p => p.Ballots).ThenInclude(b => b.Voter).Include(p => p.Options).Include(p => p.Post)
            .SingleAsync(p => p.Id == pollId, TestContext.Current.CancellationToken));

    public async Task<int[]> MembersAsync(params string[] names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            ids.Add(await Host.MemberAsync(name));
        }

        return [.. ids];
    }
}
