using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>
/// What one cell of the permission matrix needs: an admin, a target member with a thread of two posts, and the caller in
/// the role under test. Arrangements that need an owner use the caller when they can, so that an allowed caller's
/// message is valid and its handler completes; for callers the matrix refuses, any owner will do.
/// </summary>
internal sealed class MatrixWorld
{
    private MatrixWorld(ForumTestHost host, string role) => (Host, Role) = (host, role);

    public ForumTestHost Host { get; }

    public string Role { get; }

    public int? Caller { get; private set; }

    public int Admin { get; private set; }

    public int Target { get; private set; }

    public int ThreadId { get; private set; }

    /// <summary>The target's reply (post #2), the post other members like, flag and moderate.</summary>
    public int TargetReplyId { get; private set; }

    /// <summary>The caller, or the target for an anonymous caller: whoever can own the posts the caller acts on.</summary>
    public int Owner => Caller ?? Target;

    /// <summary>Who drafts the proposals the caller acts on: the caller when they may draft, the admin otherwise.</summary>
    public int ProposalOwner => Role is "Facilitator" or "Admin" ? Caller!.Value : Admin;

    public static async Task<MatrixWorld> StartAsync(string role)
    {
        var world = new MatrixWorld(await ForumTestHost.StartAsync(), role);
        var host = world.Host;
        world.Admin = await host.MemberAsync("first.admin", MemberRoles.Admin);
        world.Target = await host.MemberAsync("target");
        world.Caller = role == "Anonymous" ? null : await host.MemberAsync("caller", Enum.Parse<MemberRoles>(role));
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = await db.Members.SingleAsync(m => m.Id == world.Target, TestContext.Current.CancellationToken);
            await forum.ThreadAsync(forum.Category("general"), "A thread for the matrix", author, 2, host.Time.Now.AddHours(-1));
        });
        world.ThreadId = (await host.SendAsync(new ListLatestThreadsQuery())).Items.Single().Id;
        world.TargetReplyId = (await host.SendAsync(new GetThreadQuery(world.ThreadId)))!.Posts.Items[1].Id;
        return world;
    }

    /// <summary>A reply by <paramref name="author"/> in the matrix thread.</summary>
    public async Task<int> ReplyAsync(int author, string body = "A reply for the matrix") =>
        (await Host.SendAsync(new ReplyToThreadCommand(ThreadId, body), author)).Id;

    /// <summary>A post by the target, hidden by the admin, that the target appealed (assigned to another moderator).</summary>
    public async Task<int> AppealedPostAsync()
    {
        var postId = await ReplyAsync(Target, "A reply that gets hidden");
        await Host.SendAsync(new ModeratePostCommand(postId, PostModeration.Hide, "Off topic"), Admin);
        return (await Host.SendAsync(new AppealModerationCommand(postId, "It was on topic."), Target)).Id;
    }

    public static readonly Dictionary<string, string> GeneralSections = new()
    {
        ["Sentence Summary"] = "A proposal written by the permission matrix.",
        ["Paragraph Summary"] = "It exists so that each door of the matrix has something valid to act on.",
        ["Motivation"] = "Allowed cells must prove their handler ran.",
        ["Specification / Proposal Details"] = "Nothing happens.",
    };

    /// <summary>An imported author's placeholder (from the Discourse sample) and a member who may claim it, "matrix.claimant".</summary>
    public async Task<string> ImportedAuthorAsync()
    {
        await Host.MemberAsync("matrix.claimant");
        await Host.SendAsSystemAsync(new Application.Features.Threads.Import.ImportDiscourseCommand(
            [Threads.Import.DiscourseFixtures.File("sample-topic.json")], "general", Threads.Import.DiscourseFixtures.Source));
        return "carol";
    }

    public async Task<int> DraftAsync(string title = "A proposal from the matrix") =>
        (await Host.SendAsync(new DraftProposalCommand(null, title, "A summary.", GeneralSections), ProposalOwner)).Id;

    /// <summary>
    /// Another facilitator's proposal says it replaces one of the proposal owner's: a link proposed, not accepted, that
    /// the owner's side may accept. Returns (replacing, replaced).
    /// </summary>
    public async Task<(string Replacing, string Replaced)> ProposedReplacementAsync()
    {
        var replaced = await PublishedAsync("A proposal the matrix replaces");
        var stranger = await Host.MemberAsync("other.facilitator", MemberRoles.Facilitator);
        var draft = await Host.SendAsync(new DraftProposalCommand(null, "A proposal replacing the matrix's", "A summary.", GeneralSections), stranger);
        var replacing = (await Host.SendAsync(new PublishProposalCommand(draft.Id), stranger)).Code!;
        await Host.SendAsync(new LinkProposalsCommand(replacing, replaced, Domain.Proposals.ProposalRelation.Replaces), stranger);
        return (replacing, replaced);
    }

    public async Task<string> PublishedAsync(string title = "A proposal from the matrix")
    {
        var published = await Host.SendAsync(new PublishProposalCommand(await DraftAsync(title)), ProposalOwner);
        return published.Code!;
    }

    /// <summary>
    /// Where the caller may open a poll: the matrix thread for the roles Forum:Polls:CreatorRoles names, and for a
    /// contributor the thread of a proposal they co-author (a proposal's authors may open polls on its thread).
    /// </summary>
    public async Task<int> PollThreadAsync()
    {
        if (Role != "Contributor")
        {
            return ThreadId;
        }

        var draft = await DraftAsync("A proposal the caller co-authors");
        await Host.SendAsync(new AddCoAuthorCommand(draft, "caller"), Admin);
        var code = (await Host.SendAsync(new PublishProposalCommand(draft), Admin)).Code;
        return await Host.InScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Infrastructure.Persistence.ForumDbContext>(services).Threads
            .Where(t => t.Proposal!.Code == code).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A binary poll the admin opened in the matrix thread, open for three days.</summary>
    public async Task<int> PollAsync() =>
        (await Host.SendAsync(new Application.Features.Polls.CreatePollCommand(ThreadId, Domain.Polls.PollType.Binary, "Matrix?", null, Host.Time.Now.AddDays(3)), Admin)).Id;
}
