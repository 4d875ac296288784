using Microsoft.EntityFrameworkCore;
using Mediator;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>
/// Every cell of the role × use case matrix that exists today, sent through the real pipeline
/// (docs/permissions.md). "allow" means the authorization behaviour let the message through to validation and the handler.
/// </summary>
public sealed class PermissionMatrixTests
{
    public static TheoryData<string, string, bool> Cells()
    {
        var cells = new TheoryData<string, string, bool>();
        var rows = new (string UseCase, string[] AllowedRoles)[]
        {
            ("GetCurrentMember", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("ChangePassword", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("SearchMembers", ["Admin"]),
            ("ListRoleChanges", ["Admin"]),
            ("ChangeMemberRoles", ["Admin"]),
            ("PreviewMarkdown", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("RecookContent", ["Admin"]),
            ("StartThread", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("ReplyToThread", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("LikePost", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("ListNotifications", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("OpenNotification", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("GetMemberProfile", ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"]),
            ("ListLatestThreads", ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"]),
            ("RegisterMember", ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"]),
            ("DraftProposal", ["Facilitator", "Admin"]),
            ("UpdateProposal", ["Facilitator", "Admin"]),
            ("PublishProposal", ["Facilitator", "Admin"]),
            ("MoveProposal", ["Facilitator", "Admin"]),
            ("LinkProposals", ["Facilitator", "Admin"]),
            ("ImportMips", ["Admin"]),
            ("PublishDueDrafts", []),
            ("GetTemplate", ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"]),
            ("FlagPost", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("AppealModeration", ["Contributor", "Facilitator", "Moderator", "Admin"]),
            ("ListReviewQueue", ["Moderator", "Admin"]),
            ("DecideReview", ["Moderator", "Admin"]),
            ("ModeratePost", ["Moderator", "Admin"]),
            ("ModerateThread", ["Moderator", "Admin"]),
            ("SanctionMember", ["Moderator", "Admin"]),
            ("SetTrustLevel", ["Admin"]),
            ("GetModerationLog", ["Anonymous", "Contributor", "Facilitator", "Moderator", "Admin"]),
        };
        foreach (var (useCase, allowed) in rows)
        {
            foreach (var role in new[] { "Anonymous", "Contributor", "Facilitator", "Moderator", "Admin" })
            {
                cells.Add(useCase, role, allowed.Contains(role));
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ShouldAllowOnlyMatrixRolesWhenUseCaseIsSent(string useCase, string role, bool allowed)
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.MemberAsync("first.admin", MemberRoles.Admin);
        var target = await host.MemberAsync("target");
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = await db.Members.SingleAsync(m => m.Id == target, TestContext.Current.CancellationToken);
            await forum.ThreadAsync(forum.Category("general"), "A thread for the matrix", author, 1, host.Time.Now);
        });
        int? caller = role == "Anonymous" ? null : await host.MemberAsync("caller", Enum.Parse<MemberRoles>(role));

        var outcome = await Record.ExceptionAsync(() => SendAsync(host, useCase, caller));

        if (allowed)
        {
            Assert.False(outcome is ForbiddenException or NotSignedInException, $"{role} was refused {useCase}: {outcome?.Message}");
        }
        else
        {
            Assert.True(outcome is ForbiddenException or NotSignedInException, $"{role} was let through to {useCase} ({outcome?.GetType().Name ?? "no error"})");
            Assert.IsType(role == "Anonymous" ? typeof(NotSignedInException) : typeof(ForbiddenException), outcome);
        }
    }

    private static async Task SendAsync(ForumTestHost host, string useCase, int? caller)
    {
        switch (useCase)
        {
            case "GetCurrentMember": await host.SendAsync(new GetCurrentMemberQuery(), caller); break;
            case "ChangePassword": await host.SendAsync(new ChangePasswordCommand(ForumTestHost.Password, "a different passphrase"), caller); break;
            case "SearchMembers": await host.SendAsync(new SearchMembersQuery("target"), caller); break;
            case "ListRoleChanges": await host.SendAsync(new ListRoleChangesQuery(), caller); break;
            case "ChangeMemberRoles": await host.SendAsync(new ChangeMemberRolesCommand("target", ["Moderator"]), caller); break;
            case "PreviewMarkdown": await host.SendAsync(new MipForum.Application.Features.Markdown.PreviewMarkdownQuery("hi @target"), caller); break;
            case "RecookContent": await host.SendAsync(new MipForum.Application.Features.Markdown.RecookContentCommand(), caller); break;
            case "StartThread": await host.SendAsync(new MipForum.Application.Features.Threads.StartThreadCommand("A thread started by the matrix", "body", "general"), caller); break;
            case "ReplyToThread": await host.SendAsync(new MipForum.Application.Features.Threads.ReplyToThreadCommand(1, "a reply"), caller); break;
            case "LikePost": await host.SendAsync(new MipForum.Application.Features.Posts.LikePostCommand(1), caller); break;
            case "ListNotifications": await host.SendAsync(new MipForum.Application.Features.Notifications.ListNotificationsQuery(), caller); break;
            case "OpenNotification": await host.SendAsync(new MipForum.Application.Features.Notifications.OpenNotificationCommand(1), caller); break;
            case "GetMemberProfile": await host.SendAsync(new GetMemberProfileQuery("target"), caller); break;
            case "ListLatestThreads": await host.SendAsync(new MipForum.Application.Features.Threads.ListLatestThreadsQuery(), caller); break;
            case "RegisterMember": await host.SendAsync(new RegisterMemberCommand("newcomer", "newcomer@example.org", ForumTestHost.Password), caller); break;
            case "DraftProposal": await host.SendAsync(new MipForum.Application.Features.Proposals.DraftProposalCommand(null, "A proposal from the matrix", "", new Dictionary<string, string>()), caller); break;
            case "UpdateProposal": await host.SendAsync(new MipForum.Application.Features.Proposals.UpdateProposalCommand(999, "A proposal from the matrix", "", null, "body", 1), caller); break;
            case "PublishProposal": await host.SendAsync(new MipForum.Application.Features.Proposals.PublishProposalCommand(999), caller); break;
            case "MoveProposal": await host.SendAsync(new MipForum.Application.Features.Proposals.MoveProposalCommand("MIP999", Domain.Proposals.ProposalStatus.Withdrawn, "matrix"), caller); break;
            case "LinkProposals": await host.SendAsync(new MipForum.Application.Features.Proposals.LinkProposalsCommand("MIP999", "MIP998"), caller); break;
            case "ImportMips": await host.SendAsync(new MipForum.Application.Features.Proposals.Import.ImportMipsCommand([]), caller); break;
            case "PublishDueDrafts": await host.SendAsync(new MipForum.Application.Features.Proposals.PublishDueDraftsCommand(), caller); break;
            case "GetTemplate": await host.SendAsync(new MipForum.Application.Features.Proposals.GetTemplateQuery("general"), caller); break;
            case "FlagPost": await host.SendAsync(new MipForum.Application.Features.Moderation.FlagPostCommand(1, Domain.Moderation.FlagReason.Spam), caller); break;
            case "AppealModeration": await host.SendAsync(new MipForum.Application.Features.Moderation.AppealModerationCommand(1, "please"), caller); break;
            case "ListReviewQueue": await host.SendAsync(new MipForum.Application.Features.Moderation.ListReviewQueueQuery(), caller); break;
            case "DecideReview": await host.SendAsync(new MipForum.Application.Features.Moderation.DecideReviewCommand([1], Domain.Moderation.ReviewDecision.Defer, "matrix"), caller); break;
            case "ModeratePost": await host.SendAsync(new MipForum.Application.Features.Moderation.ModeratePostCommand(1, MipForum.Application.Features.Moderation.PostModeration.Hide, "matrix"), caller); break;
            case "ModerateThread": await host.SendAsync(new MipForum.Application.Features.Moderation.ModerateThreadCommand(1, MipForum.Application.Features.Moderation.ThreadModeration.Pin, "matrix"), caller); break;
            case "SanctionMember": await host.SendAsync(new MipForum.Application.Features.Moderation.SanctionMemberCommand("target", false, host.Time.Now.AddDays(1), "matrix"), caller); break;
            case "SetTrustLevel": await host.SendAsync(new MipForum.Application.Features.Moderation.SetTrustLevelCommand("target", Domain.Moderation.TrustLevel.Member), caller); break;
            case "GetModerationLog": await host.SendAsync(new MipForum.Application.Features.Moderation.GetModerationLogQuery(), caller); break;
            default: throw new ArgumentOutOfRangeException(nameof(useCase), useCase, "no such use case in the matrix");
        }
    }

    [Fact]
    public void ShouldDeclareAPermissionOrAnonymousOnEveryCommand()
    {
        var commands = typeof(RegisterMemberCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(commands);
        var undeclared = commands.Where(t => !typeof(IRequirePermission).IsAssignableFrom(t) && !typeof(IAllowAnonymous).IsAssignableFrom(t)).Select(t => t.Name);
        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData(Permission.ChangeMemberRoles, MemberRoles.Admin, true)]
    [InlineData(Permission.ChangeMemberRoles, MemberRoles.Moderator | MemberRoles.Facilitator | MemberRoles.Contributor, false)]
    [InlineData(Permission.HideOrRestorePost, MemberRoles.Moderator, true)]
    [InlineData(Permission.HideOrRestorePost, MemberRoles.Facilitator, false)]
    [InlineData(Permission.ChangeProposalStatus, MemberRoles.Facilitator, true)]
    [InlineData(Permission.ChangeProposalStatus, MemberRoles.Moderator, false)]
    [InlineData(Permission.ReplyToThread, MemberRoles.Contributor, true)]
    [InlineData(Permission.ReplyToThread, MemberRoles.None, false)]
    public void ShouldMatchTheDocumentedMatrixWhenAskedAboutFutureUseCases(Permission permission, MemberRoles roles, bool allowed) =>
        Assert.Equal(allowed, PermissionMatrix.Allows(roles, permission));
}
