using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Markdown;

public sealed class RecookContentTests
{
    // A post cooked before its mentioned member existed, and a post whose stored HTML is stale (an old pipeline).
    private static async Task<ForumTestHost> ForumWithStaleHtmlAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var host = await ForumTestHost.StartAsync(settings, configure);
        await host.MemberAsync("amelie.r");
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = await db.Members.SingleAsync(m => m.UserName == "amelie.r", TestContext.Current.CancellationToken);
            var thread = await forum.ThreadAsync(forum.Category(), "Stale thread title", author, 1, host.Time.Now.AddDays(-1));
            thread.Reply(author, new CookedMarkdown("Ping @late.joiner", "<p>Ping @late.joiner</p>", "text", CookedReferences.None), null, host.Time.Now);
            thread.Reply(author, new CookedMarkdown("**bold**", "<b>old pipeline</b>", "text", CookedReferences.None), null, host.Time.Now);
        });
        await host.MemberAsync("late.joiner");
        return host;
    }

    private static Task<List<string>> CookedPostsAsync(ForumTestHost host) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Posts.OrderBy(p => p.Number).Select(p => p.Cooked).ToListAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ShouldRerenderStoredPostsAndReportCountsWhenAdminRunsIt()
    {
        await using var host = await ForumWithStaleHtmlAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);

        var report = await host.SendAsync(new RecookContentCommand(), asMember: admin);

        Assert.Equal(new RecookReport(PostsExamined: 3, PostsChanged: 2, ProposalsExamined: 0, ProposalsChanged: 0, Failed: 0), report);
        var cooked = await CookedPostsAsync(host);
        Assert.Equal("<p>Ping <a class=\"mention\" href=\"/u/late.joiner\">@late.joiner</a></p>", cooked[1].Trim());
        Assert.Equal("<p><strong>bold</strong></p>", cooked[2].Trim());

        var again = await host.SendAsync(new RecookContentCommand(), asMember: admin);
        Assert.Equal(0, again.PostsChanged);
    }

    [Fact]
    public async Task ShouldRecookABatchAgainWhenAPostInItWasLikedMeanwhile()
    {
        var race = new Persistence.RacingWrite();
        await using var host = await ForumWithStaleHtmlAsync(configure: services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(race));
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        var stale = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Posts.Where(p => p.Raw == "**bold**").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));
        race.Arm(() => host.SendAsync(new Application.Features.Posts.LikePostCommand(stale), asMember: admin));

        var report = await host.SendAsync(new RecookContentCommand(), asMember: admin);

        Assert.Equal(1, race.Raced);
        Assert.Equal(new RecookReport(PostsExamined: 3, PostsChanged: 2, ProposalsExamined: 0, ProposalsChanged: 0, Failed: 0), report);
        Assert.Equal("<p><strong>bold</strong></p>", (await CookedPostsAsync(host))[2].Trim());
        Assert.Equal(1, await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Posts.Where(p => p.Id == stale).Select(p => p.LikeCount).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldRunFromTheCommandLineAsTheSystem()
    {
        await using var host = await ForumWithStaleHtmlAsync();

        var report = await host.SendAsSystemAsync(new RecookContentCommand());

        Assert.Equal(2, report.PostsChanged);
    }

    [Fact]
    public async Task ShouldKeepOldHtmlAndCountFailureWhenAPostNoLongerPassesTheLimits()
    {
        await using var host = await ForumWithStaleHtmlAsync(new Dictionary<string, string?> { ["Forum:Markdown:MaxSourceLength"] = "40" });
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        await host.ArrangeAsync(async (db, _) =>
        {
            var thread = await db.Threads.SingleAsync(TestContext.Current.CancellationToken);
            var author = await db.Members.SingleAsync(m => m.UserName == "amelie.r", TestContext.Current.CancellationToken);
            thread.Reply(author, new CookedMarkdown(new string('x', 41), "<p>kept</p>", "kept", CookedReferences.None), null, host.Time.Now);
        });

        var report = await host.SendAsync(new RecookContentCommand(), asMember: admin);

        Assert.Equal(1, report.Failed);
        Assert.Equal("<p>kept</p>", (await CookedPostsAsync(host))[3]);
    }

    [Theory]
    [InlineData(MemberRoles.Contributor)]
    [InlineData(MemberRoles.Moderator)]
    public async Task ShouldRefuseWhenCallerIsNotAnAdmin(MemberRoles roles)
    {
        await using var host = await ForumWithStaleHtmlAsync();
        var caller = await host.MemberAsync("caller", roles);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new RecookContentCommand(), asMember: caller));

        Assert.Equal("<b>old pipeline</b>", (await CookedPostsAsync(host))[2]);
    }
}
