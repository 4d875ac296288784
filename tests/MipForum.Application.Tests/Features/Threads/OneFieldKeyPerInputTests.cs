using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Features.Proposals;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads;

/// <summary>
/// Every refusal about one input carries that input's key, whichever layer refuses (validator, cooker, domain): a form
/// shows it next to the field and an API client finds it under the name it sent.
/// </summary>
public sealed class OneFieldKeyPerInputTests
{
    [Fact]
    public async Task ShouldReportAnEmptyAndAnOverLongPostUnderBodyWhenReplyingStartingOrEditing()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Markdown:MaxSourceLength"] = "100" });
        await using var _ = forum.Host;
        var tooLong = new string('x', 101);
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply to edit later."), asMember: forum.Other);

        foreach (var text in new[] { "", tooLong, "[](https://example.org)" })
        {
            var replying = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, text), asMember: forum.Other));
            var starting = await Assert.ThrowsAsync<RequestValidationException>(() =>
                forum.Host.SendAsync(new StartThreadCommand("A thread with a problem body", text, "mips", []), asMember: forum.Other));
            var editing = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new EditPostCommand(reply.Id, text, Version: 1), asMember: forum.Other));

            Assert.Equal(["body"], replying.Errors.Keys);
            Assert.Equal(["body"], starting.Errors.Keys);
            Assert.Equal(["body"], editing.Errors.Keys);
        }
    }

    [Fact]
    public async Task ShouldReportThePreviewsTextUnderRawAsThePreviewNamesIt()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Markdown:MaxSourceLength"] = "100" });
        await using var _ = forum.Host;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new PreviewMarkdownQuery(new string('x', 101)), asMember: forum.Other));

        Assert.Equal(["raw"], refused.Errors.Keys);
    }

    [Fact]
    public async Task ShouldReportTextComposedFromSectionsUnderSectionsAndAWholeBodyUnderBody()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();

        // Nested too deeply to render: refused by the cooker, which knows only "the text".
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = new string('>', 20_000) + " deep";
        var drafting = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "", sections), asMember: forum.Facilitator));
        var updatingSections = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new UpdateProposalCommand(draft.Id, "Facilitator Offboarding (RWF-001)", "", sections, null, 1), asMember: forum.Facilitator));
        var updatingBody = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new UpdateProposalCommand(draft.Id, "Facilitator Offboarding (RWF-001)", "", null, new string('>', 20_000) + " deep", 1), asMember: forum.Facilitator));

        Assert.Equal(["sections"], drafting.Errors.Keys);
        Assert.Equal(["sections"], updatingSections.Errors.Keys);
        Assert.Equal(["body"], updatingBody.Errors.Keys);
    }
}
