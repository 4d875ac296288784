using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Discussions;

/// <summary>Who may read a post's text and act on it: one rule each, which the post's own commands use too.</summary>
public sealed class PostStandingTests
{
    [Theory]
    [InlineData(false, false, false, false, true)] // shown: everyone
    [InlineData(true, false, false, false, false)] // withdrawn: not a reader
    [InlineData(true, false, true, false, false)] // withdrawn: not its author either (they took it back)
    [InlineData(true, false, false, true, true)] // withdrawn: staff (they judge flags on it)
    [InlineData(false, true, false, false, false)] // removed: not a reader
    [InlineData(false, true, true, false, true)] // removed: its author (they may edit it)
    [InlineData(false, true, false, true, true)] // removed: staff
    public void ShouldLetTheTextBeReadByOneRule(bool withdrawn, bool removed, bool byAuthor, bool byStaff, bool readable)
    {
        var standing = new PostStanding(withdrawn, removed, Hidden: false, MemberRoles.Contributor);

        Assert.Equal(readable, standing.IsTextReadableBy(byAuthor, byStaff));

        // Quoting republishes: staff's view of moderated text is not given as source.
        Assert.Equal(standing.IsTextReadableBy(byAuthor, byStaff: false), standing.IsSourceAvailableTo(byAuthor));
    }

    [Theory]
    [InlineData(MemberRoles.Contributor, MemberRoles.Moderator)]
    [InlineData(MemberRoles.Contributor, MemberRoles.Admin)]
    [InlineData(MemberRoles.Contributor, MemberRoles.Contributor)]
    [InlineData(MemberRoles.Contributor, MemberRoles.Facilitator)]
    [InlineData(MemberRoles.Moderator, MemberRoles.Moderator)]
    [InlineData(MemberRoles.Moderator, MemberRoles.Admin)]
    [InlineData(MemberRoles.Admin, MemberRoles.Admin)]
    public void ShouldOfferModerationExactlyWhenThePostAcceptsIt(MemberRoles authorRoles, MemberRoles moderatorRoles)
    {
        var author = TestData.Member("amelie.r");
        author.GrantAtSetup(authorRoles);
        var moderator = TestData.Member("lena.v");
        moderator.GrantAtSetup(moderatorRoles);
        foreach (var (actor, byAuthor) in new[] { (moderator, false), (author, true) })
        {
            var post = ForumThread.Start(TestData.Category(), "A thread to moderate", author, TestData.Body(), TestData.Now).Posts.Single();
            var offered = post.Standing.MayBeModeratedBy(actor, byAuthor);

            var refused = Record.Exception(() => post.Hide(actor, "Off-topic", TestData.Now));

            Assert.Equal(offered, refused is null);
        }
    }

    [Fact]
    public void ShouldOfferEditAndLikeExactlyWhenThePostAcceptsThem()
    {
        var author = TestData.Member("amelie.r");
        var reader = TestData.Member("sato-k");
        var post = ForumThread.Start(TestData.Category(), "A thread to edit", author, TestData.Body(), TestData.Now).Posts.Single();

        Assert.True(post.Standing.MayBeEditedBy(byAuthor: true));
        Assert.False(post.Standing.MayBeEditedBy(byAuthor: false));
        Assert.NotNull(Record.Exception(() => post.Edit(reader, TestData.Body("not mine"), 1, TestData.Now)));
        Assert.False(post.Standing.MayBeLikedBy(byAuthor: true));
        Assert.NotNull(Record.Exception(() => post.Like(author, TestData.Now)));
        Assert.True(post.Standing.MayBeLikedBy(byAuthor: false));
        Assert.Null(Record.Exception(() => post.Like(reader, TestData.Now)));

        post.Withdraw(author, TestData.Now);

        Assert.False(post.Standing.MayBeEditedBy(byAuthor: true));
        Assert.NotNull(Record.Exception(() => post.Edit(author, TestData.Body("again"), 1, TestData.Now)));
        Assert.False(post.Standing.MayBeWithdrawnBy(byAuthor: true));
        Assert.False(post.IsTextReadableBy(author));
        Assert.False(post.IsTextReadableBy(null));
    }
}
