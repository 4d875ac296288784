using Microsoft.EntityFrameworkCore;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Support;

/// <summary>A forum with a category, a proposal, two members and one thread, for the writing use cases.</summary>
internal sealed record DiscussionFixture(ForumTestHost Host, int Author, int Other, int ThreadId)
{
    public static async Task<DiscussionFixture> StartAsync(IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var host = await ForumTestHost.StartAsync(settings, configure);
        var author = await host.MemberAsync("amelie.r");
        var other = await host.MemberAsync("sato-k");
        var threadId = 0;
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var member = await db.Members.SingleAsync(m => m.Id == author, TestContext.Current.CancellationToken);
            var mip = await forum.ProposalAsync("MIP41", null, member, ProposalStatus.Accepted);
            await forum.ThreadAsync(forum.Category("mips"), "An existing discussion thread", member, 1, host.Time.Now.AddDays(-1), mip);
        });
        threadId = await host.InScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MipForum.Infrastructure.Persistence.ForumDbContext>(services).Threads.Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));
        return new DiscussionFixture(host, author, other, threadId);
    }

    public Task<List<Post>> PostsAsync() =>
        Host.InScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MipForum.Infrastructure.Persistence.ForumDbContext>(services).Posts.AsNoTracking().Include(p => p.Revisions)
            .OrderBy(p => p.ThreadId).ThenBy(p => p.Number).ToListAsync(TestContext.Current.CancellationToken));

    public Task<List<ForumThread>> ThreadsAsync() =>
        Host.InScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MipForum.Infrastructure.Persistence.ForumDbContext>(services).Threads.AsNoTracking().OrderBy(t => t.Id).ToListAsync(TestContext.Current.CancellationToken));

    public Task LockThreadAsync() =>
        Host.ArrangeAsync(async (db, _) => (await db.Threads.SingleAsync(t => t.Id == ThreadId, TestContext.Current.CancellationToken)).Lock());

    public static MemberRoles Contributor => MemberRoles.Contributor;
}
