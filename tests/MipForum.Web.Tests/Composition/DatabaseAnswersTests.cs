using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Composition;

namespace MipForum.Web.Tests.Composition;

/// <summary>The health probe tells a database that cannot be opened from one that answers.</summary>
public sealed class DatabaseAnswersTests
{
    [Fact]
    public async Task ShouldReportTheFailureStatusWhenTheDatabaseCannotBeOpened()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mipforum-" + Guid.NewGuid().ToString("N"), "none.db");
        await using var db = Context($"Data Source={missing};Mode=ReadOnly");

        var result = await Probe(db);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The database does not answer.", result.Description);
    }

    [Fact]
    public async Task ShouldReportHealthyWhenTheDatabaseAnswers()
    {
        await using var db = Context("Data Source=:memory:");

        var result = await Probe(db);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    private static ForumDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<ForumDbContext>().UseSqlite(connectionString).Options);

    private static Task<HealthCheckResult> Probe(ForumDbContext db)
    {
        var registration = new HealthCheckRegistration("database", new DatabaseAnswers(db), HealthStatus.Unhealthy, tags: null);
        return new DatabaseAnswers(db).CheckHealthAsync(new HealthCheckContext { Registration = registration }, TestContext.Current.CancellationToken);
    }
}
