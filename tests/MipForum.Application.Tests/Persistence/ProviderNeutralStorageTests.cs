using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Persistence;

/// <summary>What the forum stores means the same on any provider: names without a collation, times in UTC.</summary>
public sealed class ProviderNeutralStorageTests
{
    [Fact]
    public async Task ShouldFindAMemberByTheirNameInAnyLetterCaseThroughTheStoredNormalizedName()
    {
        await using var host = await ForumTestHost.StartAsync();
        var id = await host.MemberAsync("Amelie.R");

        var profile = await host.SendAsync(new GetMemberProfileQuery("aMELIE.r"));
        var stored = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken);
            var found = await services.GetRequiredService<UserManager<ForumUser>>().FindByNameAsync("AMELIE.r");
            return (member.UserName, member.NormalizedUserName, user.NormalizedUserName, FoundId: found?.Id);
        });

        Assert.Equal("Amelie.R", profile?.UserName);
        Assert.Equal(("Amelie.R", "AMELIE.R", "AMELIE.R", (int?)id), stored);
    }

    [Fact]
    public async Task ShouldStoreATimeWithAnOffsetAsTheSameInstantInUtc()
    {
        await using var host = await ForumTestHost.StartAsync();
        var joinedInBerlin = new DateTimeOffset(2026, 11, 26, 14, 30, 0, TimeSpan.FromHours(2));
        await host.ArrangeAsync((db, _) =>
        {
            db.Members.Add(new Member("berlin.member", "Berlin", joinedInBerlin));
            return Task.CompletedTask;
        });

        var joined = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members.AsNoTracking()
            .Where(m => m.NormalizedUserName == "BERLIN.MEMBER").Select(m => m.JoinedAt).SingleAsync(TestContext.Current.CancellationToken));

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 30, 0, TimeSpan.Zero), joined);
        Assert.Equal(TimeSpan.Zero, joined.Offset);
    }

    [Fact]
    public async Task ShouldEnforceForeignKeysWithoutAPragmaOfItsOwn()
    {
        await using var host = await ForumTestHost.StartAsync();

        var enabled = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA foreign_keys;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(1, enabled);
    }
}
