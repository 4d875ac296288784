using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Threads;

/// <summary>
/// Attaching a thread to a proposal is for its authors and staff, and the live-proposal exception (flags never hide)
/// covers only threads the proposal opened or those people attached.
/// </summary>
public sealed class AttachThreadToProposalTests
{
    [Fact]
    public async Task ShouldLeaveAttachingThreadsToTheProposalsAuthorsAndStaff()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() =>
            host.SendAsync(new StartThreadCommand("Shielding my rant behind MIP41", "Nobody can hide this now.", "mips", ProposalCode: "MIP41"), asMember: forum.Other));
        var byAuthor = await host.SendAsync(new StartThreadCommand("MIP41 questions and answers", "Ask here.", "mips", ProposalCode: "MIP41"), asMember: forum.Author);
        var byModerator = await host.SendAsync(new StartThreadCommand("MIP41 split-off discussion", "Moved here from the main thread.", "mips", ProposalCode: "MIP41"), asMember: moderator);
        var unattached = await host.SendAsync(new StartThreadCommand("My rant about MIP41 instead", "Mentioning MIP41 is fine.", "mips"), asMember: forum.Other);

        Assert.Contains("authors of MIP41", refused.Message, StringComparison.Ordinal);
        var threads = await forum.ThreadsAsync();
        Assert.NotNull(threads.Single(t => t.Id == byAuthor.Id).ProposalId);
        Assert.NotNull(threads.Single(t => t.Id == byModerator.Id).ProposalId);
        Assert.Null(threads.Single(t => t.Id == unattached.Id).ProposalId);
    }

    [Fact]
    public async Task ShouldNotShieldAThreadSomeoneElseAttachedToALiveProposal()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var flaggers = await host.EstablishedMembersAsync(admin, "member.one", "member.two", "member.three");
        var rant = await host.SendAsync(new StartThreadCommand("A rant that hides behind MIP41", "Attached before the rule existed.", "mips"), asMember: forum.Other);
        await host.ArrangeAsync(async (db, _) =>
        {
            var mip = await db.Proposals.SingleAsync(p => p.Code == "MIP41", TestContext.Current.CancellationToken);
            mip.RecordStatus(ProposalStatus.Rfc, host.Time.Now);

            // As any member could attach a thread before: the row says MIP41, its author is no author of MIP41.
            await db.Threads.Where(t => t.Id == rant.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.ProposalId, mip.Id), TestContext.Current.CancellationToken);
        });
        var rantPost = (await host.SendAsync(new GetThreadQuery(rant.Id)))!.Posts.Items[0].Id;
        var discussion = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Criticism in the proposal's own thread."), asMember: forum.Other);

        var hides = new List<bool>();
        foreach (var flagger in flaggers)
        {
            hides.Add((await host.SendAsync(new FlagPostCommand(rantPost, FlagReason.Inappropriate), asMember: flagger)).Hidden);
            Assert.False((await host.SendAsync(new FlagPostCommand(discussion.Id, FlagReason.Inappropriate), asMember: flagger)).Hidden);
        }

        Assert.Equal([false, false, true], hides);
    }
}
