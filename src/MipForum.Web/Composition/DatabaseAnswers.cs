using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Web.Composition;

/// <summary>
/// The health probe: the database answers a statement on a pooled connection. EF Core's own check (CanConnect) opens a
/// fresh, unpooled SQLite connection per probe, and its first statement parses the whole schema: a probe then cost about
/// 1 ms of CPU and capped /healthz near 1,000 answers a second (docs/benchmarks.md, 2026-12-06).
/// </summary>
public sealed class DatabaseAnswers(ForumDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or System.Data.Common.DbException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.", error);
        }
    }
}
