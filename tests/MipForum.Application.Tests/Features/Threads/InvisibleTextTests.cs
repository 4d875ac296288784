using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Features.Proposals;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads;

/// <summary>Text that would render as nothing is refused with a message naming the field; U+0000 is refused in every field.</summary>
public sealed class InvisibleTextTests
{
    public static TheoryData<string> InvisibleBodies() =>
    [
        "\u200B\u200C\u200D",
        "\u2060\uFEFF\u2060",
        "\u3164\u115F\u1160\uFFA0",
        "\u2800\u2800",
        "\0",
        "\u0301\u0308\u0301",
        " \u200B \n\u200B ",
    ];

    [Theory]
    [MemberData(nameof(InvisibleBodies))]
    public async Task ShouldRefuseARepliesWithoutVisibleText(string body)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, body), forum.Other));

        Assert.Equal(["body"], refused.Errors.Keys);
        Assert.Single(await forum.PostsAsync());
    }

    [Fact]
    public async Task ShouldRefuseATitleOfCombiningMarksAndAnEditWithoutVisibleText()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;

        var title = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand(new string('\u0301', 20), "A fine body", "mips"), forum.Other));
        var edit = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new EditPostCommand(postId, "\u200B\u200B\u200B", 1), forum.Author));

        Assert.Contains("no visible text", Assert.Single(title.Errors["title"]), StringComparison.Ordinal);
        Assert.Contains("no visible text", Assert.Single(edit.Errors["body"]), StringComparison.Ordinal);
        Assert.Single(await forum.ThreadsAsync());
        Assert.Equal(1, (await forum.PostsAsync()).Single().Version);
    }

    [Fact]
    public async Task ShouldAcceptLettersWithCombiningAccents()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Re\u0301sume\u0301 \u200B attached"), forum.Other);

        Assert.Equal(2, (await forum.PostsAsync()).Count);
    }

    [Fact]
    public async Task ShouldRefuseANulCharacterInAnyFieldNamingTheField()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var body = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Visible text\0 and more"), forum.Other));
        var title = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("A title with a NUL\0 inside", "A fine body", "mips"), forum.Other));
        var tags = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("A title without one inside", "A fine body", "mips", ["ok", "b\0d"]), forum.Other));
        var email = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new RegisterMemberCommand("nul.user", "nul\0@example.org", ForumTestHost.Password)));

        Assert.Contains("U+0000", Assert.Single(body.Errors["body"]), StringComparison.Ordinal);
        Assert.Contains("U+0000", string.Join(" ", title.Errors["title"]), StringComparison.Ordinal);
        Assert.Contains("U+0000", string.Join(" ", tags.Errors["tags"]), StringComparison.Ordinal);
        Assert.Contains("U+0000", string.Join(" ", email.Errors["email"]), StringComparison.Ordinal);
        Assert.Single(await forum.PostsAsync());
    }

    [Fact]
    public async Task ShouldRefuseAProposalSectionWithANulOrOnlyInvisibleText()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = "\u200B\u200B";
        var withNul = ProposalFixture.OffboardingSections();
        withNul["Paragraph Summary"] = "Stepped\0 down.";

        var invisible = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "Offboards.", sections), forum.Facilitator));
        var nul = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "Offboards.", withNul), forum.Facilitator));

        Assert.Equal("Motivation is required.", Assert.Single(invisible.Errors["sections[Motivation]"]));
        Assert.Contains("U+0000", Assert.Single(nul.Errors["sections[Paragraph Summary]"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&#8203;&#x200B;")]
    [InlineData("&zwnj;&nbsp;")]
    [InlineData("&#x3164;")]
    [InlineData("[](/)")]
    [InlineData("**\u200B**")]
    [InlineData("\uE000\uE001")]
    public async Task ShouldRefuseMarkdownThatCooksToNothing(string body)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, System.Text.RegularExpressions.Regex.Unescape(body)), forum.Other));

        Assert.Equal(["body"], refused.Errors.Keys);
        Assert.Single(await forum.PostsAsync());
    }

    [Fact]
    public async Task ShouldNotCountZeroWidthPaddingTowardsATitlesLength()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("x" + new string('\u200B', 14), "A fine body", "mips"), forum.Other));

        Assert.Contains("at least", Assert.Single(refused.Errors["title"]), StringComparison.Ordinal);
        Assert.Single(await forum.ThreadsAsync());
    }

    [Fact]
    public async Task ShouldRefuseInvisibleFlagAndAppealMessages()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;

        var flag = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new MipForum.Application.Features.Moderation.FlagPostCommand(postId, Domain.Moderation.FlagReason.SomethingElse, "\u200B\u3164"), forum.Other));
        var appeal = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new MipForum.Application.Features.Moderation.AppealModerationCommand(postId, "\u2800\u2800"), forum.Author));

        Assert.Contains("message", flag.Errors.Keys);
        Assert.Contains("no visible text", Assert.Single(appeal.Errors["message"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u202A")]
    public async Task ShouldRefuseTextDirectionControlsInThreadAndProposalTitles(string control)
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        var thread = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand($"Vote yes on {control}tsop siht", "A fine body", "mips"), forum.Contributor));
        var proposal = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", $"Facilitator {control}Offboarding (RWF-001)", "Offboards.", ProposalFixture.OffboardingSections()), forum.Facilitator));

        Assert.Contains("text-direction", string.Join(" ", thread.Errors["title"]), StringComparison.Ordinal);
        Assert.Contains("text-direction", string.Join(" ", proposal.Errors["title"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u009B")] // C1 control sequence introducer
    [InlineData("\u0007")]
    [InlineData("\t")]
    public async Task ShouldRefuseControlCharactersInThreadAndProposalTitles(string control)
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        var thread = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand($"Vote yes on {control}this post", "A fine body", "mips"), forum.Contributor));
        var proposal = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", $"Facilitator {control}Offboarding (RWF-001)", "Offboards.", ProposalFixture.OffboardingSections()), forum.Facilitator));

        Assert.Equal(PlainTextMessage("A title", lineBreaks: false), Assert.Single(thread.Errors["title"]));
        Assert.Equal(PlainTextMessage("A title", lineBreaks: false), Assert.Single(proposal.Errors["title"]));
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2067")]
    [InlineData("\u0085")]
    public async Task ShouldRefuseHiddenControlsInProposalSummariesAndFlagAndAppealMessages(string control)
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        var summary = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", $"Offboards {control}ylno tneserp.", ProposalFixture.OffboardingSections()), forum.Facilitator));
        var flag = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new MipForum.Application.Features.Moderation.FlagPostCommand(1, Domain.Moderation.FlagReason.SomethingElse, $"Spam {control}kcilc"), forum.Contributor));
        var appeal = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new MipForum.Application.Features.Moderation.AppealModerationCommand(1, $"Please {control}kool niaga"), forum.Contributor));

        Assert.Equal(PlainTextMessage("A summary", lineBreaks: true), Assert.Single(summary.Errors["summary"]));
        Assert.Equal(PlainTextMessage("A flag's message", lineBreaks: true), Assert.Single(flag.Errors["message"]));
        Assert.Equal(PlainTextMessage("An appeal", lineBreaks: true), Assert.Single(appeal.Errors["message"]));
    }

    [Fact]
    public async Task ShouldKeepLineBreaksAndTabsInASummary()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "Offboards.\n\tThen hands over.", ProposalFixture.OffboardingSections()), forum.Facilitator);
    }

    [Theory]
    [InlineData("lena\u202E.v")]
    [InlineData("lena\u0085v")]
    public async Task ShouldRefuseHiddenControlsInAUserNameWithTheirOwnMessage(string userName)
    {
        await using var host = await ForumTestHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand(userName, "someone@example.org", "a long enough password")));

        Assert.Equal(PlainTextMessage("A user name", lineBreaks: false), Assert.Single(refused.Errors["userName"]));
    }

    private static string PlainTextMessage(string what, bool lineBreaks) =>
        $"{what} cannot contain control characters{(lineBreaks ? " (other than line breaks and tabs)" : string.Empty)} or text-direction controls (U+202A–U+202E, U+2066–U+2069): they would make it read otherwise than it is written.";
}
