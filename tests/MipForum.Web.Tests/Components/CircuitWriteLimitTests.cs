using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Components.Discussion;
using MipForum.Web.Security;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Components;

/// <summary>Writes sent from an interactive island count toward the per-address write limit, as HTTP writes do.</summary>
public sealed class CircuitWriteLimitTests : ForumComponentTestBase
{
    public CircuitWriteLimitTests() =>
        Services.AddSingleton(new AddressWriteLimiter(new WindowLimit { PermitLimit = 2, WindowSeconds = 600 }));

    [Fact]
    public async Task ShouldRefuseTheWriteAfterTheLimitFromTheSameCircuitAddress()
    {
        var db = Services.GetRequiredService<ForumDbContext>();
        var threadId = await db.Threads.AsNoTracking().Where(t => !t.IsLocked).OrderBy(t => t.Id).Select(t => t.Id)
            .FirstAsync(Xunit.TestContext.Current.CancellationToken);
        Reader.MemberId = await db.Members.Where(m => m.UserName == "wei_chen").Select(m => m.Id).SingleAsync(Xunit.TestContext.Current.CancellationToken);
        Services.GetRequiredService<CircuitAddress>().Value = "203.0.113.7";
        var script = ComposerScript.Fake(JSInterop, "Counting toward the address's write limit.");
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, threadId));
        composer.WaitForAssertion(() => Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready")));

        for (var reply = 1; reply <= 2; reply++)
        {
            await composer.Find(".composer__footer .button--primary").ClickAsync(new());
            Assert.Empty(composer.FindAll("[role=alert]"));
        }

        await composer.Find(".composer__footer .button--primary").ClickAsync(new());

        composer.WaitForAssertion(() => Assert.Contains("posting too fast", composer.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, await db.Posts.CountAsync(p => p.ThreadId == threadId && p.Raw == "Counting toward the address's write limit.", Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(2, script.Invocations.Count(i => i.Identifier == "discard"));
    }
}
