using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Web.Components.Discussion;

namespace MipForum.Web.Tests.Components;

public sealed class LikeButtonTests : ForumComponentTestBase
{
    [Fact]
    public void ShouldFollowOtherReadersLikesOfItsPostLive()
    {
        Reader.MemberId = 2;
        var button = Render<LikeButton>(p => p.Add(c => c.PostId, 10).Add(c => c.ThreadId, 1).Add(c => c.PostNumber, 3).Add(c => c.LikeCount, 0));
        Assert.Equal("Like", button.Find(".like-button__count").TextContent);
        var live = Services.GetRequiredService<ILiveUpdates>();

        live.Publish(new ThreadActivity(1, 0, 4, ThreadActivityKind.Liked) { LikeCount = 9 }); // another post
        live.Publish(new ThreadActivity(1, 0, 3, ThreadActivityKind.Liked) { LikeCount = 3 });

        button.WaitForAssertion(() => Assert.Equal("3 likes", button.Find(".like-button__count").TextContent));
        live.Publish(new ThreadActivity(1, 0, 3, ThreadActivityKind.Unliked) { LikeCount = 1 });
        button.WaitForAssertion(() => Assert.Equal("1 like", button.Find(".like-button__count").TextContent));
        Assert.Equal("false", button.Find(".like-button").GetAttribute("aria-pressed"));
    }
}
