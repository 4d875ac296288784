using MipForum.Domain.Members;

namespace MipForum.Application.Common.Security;

/// <summary>The role × permission matrix; the one place that decides who may do what.</summary>
public static class PermissionMatrix
{
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
        [Permission.ReviewFlags] = Staff,
        [Permission.HideOrRestorePost] = Staff,
        [Permission.LockThread] = Staff,
        [Permission.SilenceMember] = Staff,
        [Permission.SetTrustLevel] = MemberRoles.Admin,
        [Permission.ViewMembersAdmin] = MemberRoles.Admin,
        [Permission.ChangeMemberRoles] = MemberRoles.Admin,
        [Permission.PreviewMarkdown] = Everyone,
        [Permission.RecookContent] = MemberRoles.Admin,
        [Permission.PublishScheduledDrafts] = MemberRoles.None,
        [Permission.ImportProposals] = MemberRoles.Admin,
    };

    private const MemberRoles Everyone = MemberRoles.Contributor | MemberRoles.Facilitator | MemberRoles.Moderator | MemberRoles.Admin;
    private const MemberRoles Staff = MemberRoles.Moderator | MemberRoles.Admin;

    public static bool Allows(MemberRoles roles, Permission permission) =>
        Holders.TryGetValue(permission, out var holders) && (roles & holders) != MemberRoles.None;

    /// <summary>The roles holding a permission, for documentation and the admin page.</summary>
    public static MemberRoles HoldersOf(Permission permission) => Holders.GetValueOrDefault(permission);
}
