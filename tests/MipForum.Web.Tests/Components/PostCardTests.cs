using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Threads;
using MipForum.Web.Components.Shared;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Web.Tests.Components;

public sealed class PostCardTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public PostCardTests() => Services.AddSingleton<TimeProvider>(new TestClock(Now));

    private static PostView Post(int number = 12, int? replyTo = 7, string? replyToUser = "sato-k", int likes = 0, int replies = 0, bool deleted = false, DateTimeOffset? edited = null) => new(
        Id: 99,
        Number: number,
        Author: new MemberRef("amelie.r", "Amélie Rousseau"),
        ReplyToNumber: replyTo,
        ReplyToUserName: replyToUser,
        Cooked: deleted ? string.Empty : "<h2>Why</h2><p>Because <strong>RWF-001</strong> → later</p>",
        LikeCount: likes,
        ReplyCount: replies,
        Version: 1,
        CreatedAt: Now.AddHours(-3),
        EditedAt: edited,
        Deleted: deleted,
        Hidden: false,
        LikedByMe: false);

    [Fact]
    public void ShouldShowAuthorTimeAndCookedHtmlWhenRendered()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post())
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2")
            .Add(c => c.PostsPerPage, 5));

        Assert.Equal("post-12", card.Find("article").Id);
        Assert.Equal("Amélie Rousseau", card.Find(".post__author").TextContent);
        Assert.Equal("@amelie.r", card.Find(".post__username").TextContent);
        var time = card.Find(".post__number time");
        Assert.Equal("3 hours ago", time.TextContent);
        Assert.Equal("26 November 2026, 09:00 UTC", time.GetAttribute("title"));
        Assert.Equal("2026-11-26T09:00:00.0000000+00:00", time.GetAttribute("datetime"));
        Assert.Equal("/t/mip41c5-sp2/4?page=3#post-12", card.Find(".post__number").GetAttribute("href"));
        card.Find(".cooked").MarkupMatches("<div class=\"cooked\" data-enhance-nav=\"false\"><h2>Why</h2><p>Because <strong>RWF-001</strong> → later</p></div>");
    }

    [Fact]
    public void ShouldLinkToRepliedPostWhenPostIsAReply()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(number: 12, replyTo: 7))
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2")
            .Add(c => c.PostsPerPage, 5));

        var replyTo = card.Find(".post__reply-to");
        Assert.Equal("in reply to #7 (@sato-k)", replyTo.TextContent);
        Assert.Equal("/t/mip41c5-sp2/4?page=2#post-7", replyTo.GetAttribute("href"));
    }

    [Fact]
    public void ShouldOmitReplyToWhenPostStandsAlone()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(number: 1, replyTo: null, replyToUser: null))
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2"));

        Assert.Empty(card.FindAll(".post__reply-to"));
        Assert.Equal("/t/mip41c5-sp2/4#post-1", card.Find(".post__number").GetAttribute("href"));
    }

    [Fact]
    public void ShouldShowLikesRepliesAndEditWhenPresent()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(likes: 3, replies: 1, edited: Now.AddMinutes(-10)))
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2"));

        Assert.Equal("3 likes", card.Find(".post__likes").TextContent);
        Assert.Equal("1 reply", card.Find(".post__replies summary").TextContent);
        Assert.Equal("edited 10 min ago", card.Find(".post__edited").TextContent);
    }

    [Fact]
    public void ShouldShowPlaceholderWhenPostWasWithdrawn()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(deleted: true))
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2"));

        Assert.Equal("(post withdrawn by author)", card.Find(".post__withdrawn").TextContent);
        Assert.Empty(card.FindAll(".cooked"));
        Assert.Empty(card.FindAll(".post__footer"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ShouldOfferEditOnlyWhenTheReadModelSaysTheReaderMayEdit(bool canEdit)
    {
        // The author reading their own post: a silenced author gets CanEdit = false from GetThread and sees no Edit.
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post() with { CanEdit = canEdit, CanFlag = true, CanModerate = false })
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2")
            .Add(c => c.ViewerUserName, "amelie.r"));

        Assert.Equal(canEdit, card.FindAll("a[href='/posts/99/edit']").Count == 1);
        Assert.Single(card.FindAll("a.post__flag"));
        Assert.Empty(card.FindAll("a.post__moderate"));
    }

    [Theory]
    [InlineData(0, false, "Like", " this post")]
    [InlineData(1, true, "1 like", ", like this post")]
    [InlineData(7, false, "7 likes", ", like this post")]
    public void ShouldRenderAStaticLikeButtonThatThePageScriptSendsWhenTheReaderMayLike(int likes, bool likedByMe, string label, string hidden)
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(likes: likes) with { CanLike = true, LikedByMe = likedByMe })
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2")
            .Add(c => c.ViewerUserName, "wei_chen"));

        // Disabled until js/like-button.js listens; no island marker on the page.
        var button = card.Find("button.like-button[data-like-post='99'][disabled]");
        Assert.Equal(likedByMe ? "true" : "false", button.GetAttribute("aria-pressed"));
        Assert.Equal(likedByMe, button.ClassList.Contains("like-button--on"));
        Assert.Equal(label, button.QuerySelector(".like-button__count")!.TextContent);
        Assert.Equal(hidden, button.QuerySelector(".visually-hidden")!.TextContent);
        Assert.DoesNotContain("<!--Blazor", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldShowTheCountWithoutAButtonWhenTheReaderMayNotLike()
    {
        var card = Render<PostCard>(p => p
            .Add(c => c.Post, Post(likes: 2) with { CanLike = false })
            .Add(c => c.ThreadId, 4)
            .Add(c => c.ThreadSlug, "mip41c5-sp2")
            .Add(c => c.ViewerUserName, "amelie.r"));

        Assert.Empty(card.FindAll("button.like-button"));
        Assert.Equal("2 likes", card.Find(".post__likes").TextContent);
    }
}
