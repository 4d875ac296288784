using MipForum.Domain.Members;

namespace MipForum.Application.Common.Security;

/// <summary>
/// The role × permission matrix; the one place that decides who may do what. The application's pipeline asks it for
/// every message, and the web host builds one authorization policy per permission from it, so pages and links follow it too.
/// </summary>
public static class PermissionMatrix
{
    private const MemberRoles Everyone = MemberRoles.Contributor | MemberRoles.Facilitator | MemberRoles.Moderator | MemberRoles.Admin;

    private static readonly Dictionary<Permission, MemberRoles> Holders = new()
    {
        [Permission.ViewOwnAccount] = Everyone,
        [Permission.StartThread] = Everyone,
        [Permission.ReplyToThread] = Everyone,
        [Permission.EditOwnPost] = Everyone,
        [Permission.LikePost] = Everyone,
        [Permission.FlagPost] = Everyone,
        [Permission.AppealModeration] = Everyone,
        [Permission.DraftProposal] = MemberRoles.Facilitator | MemberRoles.Admin,
        [Permission.ChangeProposalStatus] = MemberRoles.Facilitator | MemberRoles.Admin,
        [Permission.ReviewQueue] = MemberRoleNames.Staff,
        [Permission.ModeratePost] = MemberRoleNames.Staff,
        [Permission.ModerateThread] = MemberRoleNames.Staff,
        [Permission.SanctionMember] = MemberRoleNames.Staff,
        [Permission.SetTrustLevel] = MemberRoles.Admin,
        [Permission.ViewMembersAdmin] = MemberRoles.Admin,
        [Permission.ChangeMemberRoles] = MemberRoles.Admin,
        [Permission.PreviewMarkdown] = Everyone,
        [Permission.RecookContent] = MemberRoles.Admin,
        [Permission.PublishScheduledDrafts] = MemberRoles.None,
        [Permission.ImportProposals] = MemberRoles.Admin,
        [Permission.ImportDiscussions] = MemberRoles.Admin,
        [Permission.ClaimImportedAuthor] = MemberRoles.Admin,
        [Permission.CreatePoll] = Everyone,
        [Permission.CastBallot] = Everyone,
        [Permission.DelegateWeight] = Everyone,
        [Permission.ManageWeightSnapshots] = MemberRoles.Admin,
        [Permission.CloseDuePolls] = MemberRoles.None,
    };

    public static bool Allows(MemberRoles roles, Permission permission) =>
        Holders.TryGetValue(permission, out var holders) && (roles & holders) != MemberRoles.None;

    /// <summary>The roles holding a permission: for documentation, the admin page and the web host's authorization policies.</summary>
    public static MemberRoles HoldersOf(Permission permission) => Holders.GetValueOrDefault(permission);
}
