namespace MipForum.Domain.Members;

/// <summary>A record of one role change: who changed whose roles, when, from what to what. Never edited.</summary>
public sealed class RoleChange
{
    private RoleChange()
    {
    }

    internal RoleChange(Member member, Member changedBy, MemberRoles oldRoles, MemberRoles newRoles, DateTimeOffset changedAt)
    {
        Member = member;
        ChangedBy = changedBy;
        OldRoles = oldRoles;
        NewRoles = newRoles;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public int MemberId { get; private set; }

    public Member Member { get; private set; } = null!;

    public int ChangedById { get; private set; }

    public Member ChangedBy { get; private set; } = null!;

    public MemberRoles OldRoles { get; private set; }

    public MemberRoles NewRoles { get; private set; }

    public DateTimeOffset ChangedAt { get; private set => field = value.ToUniversalTime(); }
}
