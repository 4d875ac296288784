using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Components.Discussion;
using MipForum.Web.Components.Proposals;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Components;

/// <summary>
/// The same refusal reads the same on every interactive island (the ErrorTable's words, the same remedy), and the island
/// keeps working after it: the circuit is not broken by a refusal some island forgot to list.
/// </summary>
public sealed class OneErrorPathOnEveryIslandTests : ForumComponentTestBase
{
    private readonly BusyCooker.Budget _busy = new() { Remaining = 0 };

    public OneErrorPathOnEveryIslandTests()
    {
        BusyCooker.Register(Services, _busy);
    }

    private BunitJSModuleInterop? _composerScript;

    private async Task<(int PostId, int ThreadId, int Number)> OpenThreadPostAsync()
    {
        var db = Services.GetRequiredService<ForumDbContext>();
        return await db.Posts.AsNoTracking()
            .Where(p => p.Number > 1 && p.DeletedAt == null && !p.Thread.IsLocked).OrderBy(p => p.Id)
            .Select(p => new ValueTuple<int, int, int>(p.Id, p.ThreadId, p.Number))
            .FirstAsync(Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>The composer with <paramref name="text"/> in its box (the box is the browser's: composer.js, faked).</summary>
    private IRenderedComponent<ReplyComposer> Composer(int threadId, string text)
    {
        _composerScript = ComposerScript.Fake(JSInterop, text);
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, threadId));
        composer.WaitForAssertion(() => Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready")));
        return composer;
    }

    private int Discarded => _composerScript!.Invocations.Count(i => i.Identifier == "discard");

    [Fact]
    public async Task ShouldSayTheSameAndKeepWorkingOnEveryIslandWhenTheAccountBehindTheCookieIsGone()
    {
        var (_, threadId, _) = await OpenThreadPostAsync();
        Reader.MemberId = 99_999; // a sign-in that outlived its account

        var composer = Composer(threadId, "A reply from a deleted account.");
        var editor = Render<ProposalEditor>();
        editor.WaitForAssertion(() => Assert.Equal("true", editor.Find(".proposal-editor").GetAttribute("data-ready")));

        var alerts = new List<string>();
        for (var round = 0; round < 2; round++)
        {
            await composer.Find(".composer__footer .button--primary").ClickAsync(new());
            await editor.Find(".draft-layout form").SubmitAsync();

            foreach (var island in new IRenderedComponent<IComponent>[] { composer, editor })
            {
                island.WaitForAssertion(() => Assert.Equal("sign-in", island.Find("[role=alert]").GetAttribute("data-remedy")));
                alerts.Add(island.Find("[role=alert]").TextContent);
            }
        }

        Assert.Single(alerts.Distinct());
        Assert.Equal("You need to sign in to do this. Sign in", alerts[0]);
        Assert.Equal(0, Discarded); // the text stays in the box
    }

    [Fact]
    public async Task ShouldOfferToTryAgainAndPostOnceWhenTheThreadWasBusy()
    {
        var (_, threadId, _) = await OpenThreadPostAsync();
        var db = Services.GetRequiredService<ForumDbContext>();
        Reader.MemberId = await db.Members.Where(m => m.UserName == "wei_chen").Select(m => m.Id).SingleAsync(Xunit.TestContext.Current.CancellationToken);
        _busy.Remaining = 1;
        var text = $"A reply sent at a busy moment {BusyCooker.Marker}";
        var composer = Composer(threadId, text);

        await composer.Find(".composer__footer .button--primary").ClickAsync(new());

        var alert = composer.WaitForElement("[role=alert][data-remedy=retry]");
        Assert.Contains("try again", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Discarded);

        await composer.Find("[role=alert] button.form-error__action").ClickAsync(new());

        composer.WaitForAssertion(() => Assert.Contains($"/t/{threadId}/posts/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(1, await db.Posts.CountAsync(p => p.ThreadId == threadId && p.Raw == text, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(1, Discarded); // the stored reply's draft is gone
    }
}
