using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Persistence;

/// <summary>Reads stored row versions, and races two copies of one aggregate root as two requests that read it at once would.</summary>
internal static class RowVersionReader
{
    public static Task<int> MemberAsync(ForumTestHost host, int id) => ReadAsync(host, db => db.Members.Where(m => m.Id == id).Select(m => m.RowVersion));

    public static Task<int> PostAsync(ForumTestHost host, int id) => ReadAsync(host, db => db.Posts.Where(p => p.Id == id).Select(p => p.RowVersion));

    public static Task<int> ThreadAsync(ForumTestHost host, int id) => ReadAsync(host, db => db.Threads.Where(t => t.Id == id).Select(t => t.RowVersion));

    public static Task<int> ProposalAsync(ForumTestHost host, int id) => ReadAsync(host, db => db.Proposals.Where(p => p.Id == id).Select(p => p.RowVersion));

    public static Task<int> AppealAsync(ForumTestHost host, int id) => ReadAsync(host, db => db.Appeals.Where(a => a.Id == id).Select(a => a.RowVersion));

    /// <summary>
    /// Loads the same root into two contexts, changes and saves the first copy (the winner), then changes the second,
    /// now stale, copy and tries to save it. Returns what that second save threw (null if it was saved).
    /// </summary>
    public static Task<Exception?> SaveStaleCopyAsync<T>(ForumTestHost host, Func<ForumDbContext, Task<T>> load,
        Func<T, ForumDbContext, Task> winner, Func<T, ForumDbContext, Task> loser) =>
        host.InScopeAsync(first => host.InScopeAsync(async second =>
        {
            var ct = TestContext.Current.CancellationToken;
            var winnersDb = first.GetRequiredService<ForumDbContext>();
            var losersDb = second.GetRequiredService<ForumDbContext>();
            var winners = await load(winnersDb);
            var losers = await load(losersDb);

            await winner(winners, winnersDb);
            await winnersDb.SaveChangesAsync(ct);
            await loser(losers, losersDb);
            return await Record.ExceptionAsync(() => losersDb.SaveChangesAsync(ct));
        }));

    private static Task<int> ReadAsync(ForumTestHost host, Func<ForumDbContext, IQueryable<int>> query) =>
        host.InScopeAsync(services => query(services.GetRequiredService<ForumDbContext>()).SingleAsync(TestContext.Current.CancellationToken));
}
