using Mediator;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.ApiKeys;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Features.Members;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Polls;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Application.Features.Threads;
using MipForum.Application.Features.Threads.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Moderation;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>
/// One door per use case: who may send it (docs/permissions.md) and how to send a message that is valid for the
/// caller, arranged first. The arrangement returns the send; allowed callers' sends must complete.
/// </summary>
internal sealed record MatrixDoor(string UseCase, string[] Allowed, Func<MatrixWorld, Task<Func<Task>>> Arrange)
{
    public static readonly string[] Roles = ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"];

    private static readonly string[] Members = ["Contributor", "Facilitator", "Moderator", "Admin"];
    private static readonly string[] Staff = ["Moderator", "Admin"];
    private static readonly string[] Drafters = ["Facilitator", "Admin"];
    private static readonly string[] Admins = ["Admin"];

    private static MatrixDoor Door(string useCase, string[] allowed, Func<MatrixWorld, Func<Task>> send) =>
        new(useCase, allowed, world => Task.FromResult(send(world)));

    private static Func<Task> Send<T>(MatrixWorld w, ICommand<T> command) => () => w.Host.SendAsync(command, w.Caller);

    private static Func<Task> Ask<T>(MatrixWorld w, IQuery<T> query) => () => w.Host.SendAsync(query, w.Caller);

    public static readonly IReadOnlyList<MatrixDoor> All =
    [
        // Accounts and members
        Door("RegisterMember", Roles, w => Send(w, new RegisterMemberCommand("newcomer", "newcomer@example.org", ForumTestHost.Password))),
        Door("GetCurrentMember", Members, w => Ask(w, new GetCurrentMemberQuery())),
        Door("ChangePassword", Members, w => Send(w, new ChangePasswordCommand(ForumTestHost.Password, "a different passphrase"))),
        Door("CreateApiKey", Members, w => Send(w, new CreateApiKeyCommand("Matrix bot", Domain.Members.ApiKeyScope.Read))),
        Door("ListMyApiKeys", Members, w => Ask(w, new ListMyApiKeysQuery())),
        new("RevokeApiKey", Members, async w =>
        {
            // The caller's own key, made by the owner (the caller or, for anonymous, the owner whose key they try).
            var key = await w.Host.SendAsync(new CreateApiKeyCommand("Matrix bot to revoke", Domain.Members.ApiKeyScope.Read), w.Caller ?? w.Owner);
            return Send(w, new RevokeApiKeyCommand(key.Id));
        }),
        Door("GetMemberProfile", Roles, w => Ask(w, new GetMemberProfileQuery("target"))),
        Door("SuggestMembers", Members, w => Ask(w, new SuggestMembersQuery("tar"))),
        Door("SearchMembers", Admins, w => Ask(w, new SearchMembersQuery("target"))),
        Door("ListRoleChanges", Admins, w => Ask(w, new ListRoleChangesQuery())),
        Door("ChangeMemberRoles", Admins, w => Send(w, new ChangeMemberRolesCommand("target", ["Moderator"]))),

        // Markdown
        Door("PreviewMarkdown", Members, w => Ask(w, new PreviewMarkdownQuery("hi @target"))),
        Door("RecookContent", Admins, w => Send(w, new RecookContentCommand())),

        // Discussion
        Door("ListLatestThreads", Roles, w => Ask(w, new ListLatestThreadsQuery())),
        Door("StartThread", Members, w => Send(w, new StartThreadCommand("A thread started by the matrix", "body", "general"))),
        Door("ReplyToThread", Members, w => Send(w, new ReplyToThreadCommand(w.ThreadId, "a reply"))),
        Door("LikePost", Members, w => Send(w, new LikePostCommand(w.TargetReplyId))),
        new("UnlikePost", Members, async w =>
        {
            if (w.Caller is { } caller)
            {
                await w.Host.SendAsync(new LikePostCommand(w.TargetReplyId), caller);
            }

            return Send(w, new UnlikePostCommand(w.TargetReplyId));
        }),
        new("EditPost", Members, async w =>
        {
            var own = await w.ReplyAsync(w.Owner);
            return Send(w, new EditPostCommand(own, "An edited reply", 1));
        }),
        new("WithdrawPost", Members, async w =>
        {
            var own = await w.ReplyAsync(w.Owner);
            return Send(w, new WithdrawPostCommand(own));
        }),
        Door("ListNotifications", Members, w => Ask(w, new ListNotificationsQuery())),
        Door("CountUnreadNotifications", Members, w => Ask(w, new CountUnreadNotificationsQuery())),
        Door("MarkNotificationsRead", Members, w => Send(w, new MarkNotificationsReadCommand())),
        new("OpenNotification", Members, async w =>
        {
            // The target likes the caller's post: the caller has a notification of their own to open.
            var own = await w.ReplyAsync(w.Owner);
            await w.Host.SendAsync(new LikePostCommand(own), w.Caller is null ? w.Admin : w.Target);
            var mine = w.Caller is { } caller ? (await w.Host.SendAsync(new ListNotificationsQuery(), caller)).Items.Single().Id : 1;
            return Send(w, new OpenNotificationCommand(mine));
        }),

        // Proposals
        Door("GetTemplate", Roles, w => Ask(w, new GetTemplateQuery("general"))),
        Door("DraftProposal", Drafters, w => Send(w, new DraftProposalCommand(null, "A proposal from the matrix", "", MatrixWorld.GeneralSections))),
        new("UpdateProposal", Drafters, async w =>
        {
            var draft = await w.DraftAsync();
            return Send(w, new UpdateProposalCommand(draft, "A proposal from the matrix, edited", "A summary.", MatrixWorld.GeneralSections, null, 1));
        }),
        new("AddCoAuthor", Drafters, async w =>
        {
            var draft = await w.DraftAsync();
            return Send(w, new AddCoAuthorCommand(draft, "target"));
        }),
        new("PublishProposal", Drafters, async w =>
        {
            var draft = await w.DraftAsync();
            return Send(w, new PublishProposalCommand(draft));
        }),
        new("MoveProposal", Drafters, async w =>
        {
            var code = await w.PublishedAsync();
            return Send(w, new MoveProposalCommand(code, ProposalStatus.Withdrawn, "The matrix withdraws it."));
        }),
        new("LinkProposals", Drafters, async w =>
        {
            var first = await w.PublishedAsync("A first proposal from the matrix");
            var second = await w.PublishedAsync("A second proposal from the matrix");
            return Send(w, new LinkProposalsCommand(first, second));
        }),
        new("AcceptProposalLink", Drafters, async w =>
        {
            var (replacing, replaced) = await w.ProposedReplacementAsync();
            return Send(w, new AcceptProposalLinkCommand(replaced, replacing));
        }),
        new("RemoveProposalLink", Drafters, async w =>
        {
            var first = await w.PublishedAsync("A first proposal from the matrix");
            var second = await w.PublishedAsync("A second proposal from the matrix");
            await w.Host.SendAsync(new LinkProposalsCommand(first, second), w.ProposalOwner);
            return Send(w, new RemoveProposalLinkCommand(second, first));
        }),
        Door("ImportMips", Admins, w => Send(w, new ImportMipsCommand([]))),
        Door("ImportDiscourse", Admins, w => Send(w, new ImportDiscourseCommand([new DiscourseTopicFile("t.json", "{}")], "general", "https://forum.example.org"))),
        new("ClaimImportedAuthor", Admins, async w =>
        {
            var placeholder = await w.ImportedAuthorAsync();
            return Send(w, new ClaimImportedAuthorCommand(placeholder, "matrix.claimant", "They showed their old account's e-mail."));
        }),
        Door("PublishDueDrafts", [], w => Send(w, new PublishDueDraftsCommand())),

        // Moderation
        Door("GetModerationLog", Roles, w => Ask(w, new GetModerationLogQuery())),
        Door("FlagPost", Members, w => Send(w, new FlagPostCommand(w.TargetReplyId, FlagReason.Spam))),
        new("RetractFlag", Members, async w =>
        {
            if (w.Caller is { } caller)
            {
                await w.Host.SendAsync(new FlagPostCommand(w.TargetReplyId, FlagReason.Spam), caller);
            }

            return Send(w, new RetractFlagCommand(w.TargetReplyId));
        }),
        new("AppealModeration", Members, async w =>
        {
            var own = await w.ReplyAsync(w.Owner, "A reply of the caller's that gets hidden");
            await w.Host.SendAsync(new ModeratePostCommand(own, PostModeration.Hide, "Off topic"), w.Admin);
            return Send(w, new AppealModerationCommand(own, "It was on topic."));
        }),
        new("DecideAppeal", Staff, async w =>
        {
            var appeal = await w.AppealedPostAsync();
            return Send(w, new DecideAppealCommand(appeal, true, "It was on topic indeed."));
        }),
        new("DecideReview", Staff, async w =>
        {
            await w.Host.SendAsync(new FlagPostCommand(w.TargetReplyId, FlagReason.OffTopic), w.Admin);
            return Send(w, new DecideReviewCommand([w.TargetReplyId], ReviewDecision.Defer, "Looking at it later."));
        }),
        Door("ListReviewQueue", Staff, w => Ask(w, new ListReviewQueueQuery())),
        Door("ListAppeals", Staff, w => Ask(w, new ListAppealsQuery())),
        Door("GetPostForModeration", Staff, w => Ask(w, new GetPostForModerationQuery(w.TargetReplyId))),
        Door("ModeratePost", Staff, w => Send(w, new ModeratePostCommand(w.TargetReplyId, PostModeration.Hide, "matrix"))),
        Door("ModerateThread", Staff, w => Send(w, new ModerateThreadCommand(w.ThreadId, ThreadModeration.Pin, "matrix"))),
        Door("SanctionMember", Staff, w => Send(w, new SanctionMemberCommand("target", false, w.Host.Time.Now.AddDays(1), "matrix"))),
        Door("SetTrustLevel", Admins, w => Send(w, new SetTrustLevelCommand("target", TrustLevel.Member))),

        // Signal polls. Opening one is for every member at the matrix's level; which of them may is the handler's rule
        // (configured roles, or the proposal's authors: the contributor's door opens on a proposal they co-author).
        new("CreatePoll", Members, async w =>
        {
            var thread = await w.PollThreadAsync();
            return Send(w, new CreatePollCommand(thread, Domain.Polls.PollType.Binary, "Ratify the matrix?", null, w.Host.Time.Now.AddDays(1)));
        }),
        new("CastBallot", Members, async w =>
        {
            var poll = await w.PollAsync();
            return Send(w, new CastBallotCommand(poll, [1]));
        }),
        new("WithdrawBallot", Members, async w =>
        {
            var poll = await w.PollAsync();
            if (w.Caller is { } caller)
            {
                await w.Host.SendAsync(new CastBallotCommand(poll, [2]), caller);
            }

            return Send(w, new WithdrawBallotCommand(poll));
        }),
        new("GetPoll", Roles, async w =>
        {
            var poll = await w.PollAsync();
            return Ask(w, new GetPollQuery(poll));
        }),
        Door("ListPolls", Roles, w => Ask(w, new ListPollsQuery())),
        Door("GetDelegate", Roles, w => Ask(w, new GetDelegateQuery("target"))),
        Door("SetDelegation", Members, w => Send(w, new SetDelegationCommand("target"))),
        new("RevokeDelegation", Members, async w =>
        {
            if (w.Caller is { } caller)
            {
                await w.Host.SendAsync(new SetDelegationCommand("target"), caller);
            }

            return Send(w, new RevokeDelegationCommand());
        }),
        Door("UploadWeightSnapshot", Admins, w => Send(w, new UploadWeightSnapshotCommand("MKR at a block", "target,12.5"))),
        Door("CloseDuePolls", [], w => Send(w, new CloseDuePollsCommand())),
    ];
}
