namespace MipForum.Domain.Members;

/// <summary>What a member may do beyond reading. Every member is a Contributor; the others add powers.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,
    Contributor = 1,
    Facilitator = 2,
    Moderator = 4,
    Admin = 8,
}
