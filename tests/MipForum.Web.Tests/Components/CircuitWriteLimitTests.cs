using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Components.Discussion;
using MipForum.Web.Security;

namespace MipForum.Web.Tests.Components;

/// <summary>Likes sent from the interactive like button count toward the per-address write limit, as HTTP writes do.</summary>
public sealed class CircuitWriteLimitTests : ForumComponentTestBase
{
    public CircuitWriteLimitTests() =>
        Services.AddSingleton(new AddressWriteLimiter(new WindowLimit { PermitLimit = 3, WindowSeconds = 600 }));

    [Fact]
    public async Task ShouldRefuseTheWriteAfterTheLimitFromTheSameCircuitAddress()
    {
        var post = await Services.GetRequiredService<ForumDbContext>().Posts.AsNoTracking()
            .Where(p => p.Number > 1 && p.DeletedAt == null).OrderBy(p => p.Id).Select(p => new { p.Id, p.ThreadId, p.Number, p.AuthorId })
            .FirstAsync(Xunit.TestContext.Current.CancellationToken);
        Reader.MemberId = await Services.GetRequiredService<ForumDbContext>().Members.Where(m => m.Id != post.AuthorId).Select(m => m.Id)
            .FirstAsync(Xunit.TestContext.Current.CancellationToken);
        Services.GetRequiredService<CircuitAddress>().Value = "203.0.113.7";
        var button = Render<LikeButton>(p => p.Add(c => c.PostId, post.Id).Add(c => c.ThreadId, post.ThreadId).Add(c => c.PostNumber, post.Number).Add(c => c.LikeCount, 0));

        for (var click = 1; click <= 3; click++)
        {
            await button.Find(".like-button").ClickAsync(new());
            Assert.Empty(button.FindAll("[role=alert]"));
        }

        await button.Find(".like-button").ClickAsync(new());

        button.WaitForAssertion(() => Assert.Contains("posting too fast", button.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", button.Find(".like-button").GetAttribute("aria-pressed"));
    }
}
