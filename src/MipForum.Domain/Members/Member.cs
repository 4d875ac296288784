using MipForum.Domain.Common;

namespace MipForum.Domain.Members;

/// <summary>A forum member: the user name @mentions use, a display name and roles. Credentials live with Identity.</summary>
public sealed class Member : IVersioned
{
    public const int DisplayNameMaxLength = 50;

    private Member()
    {
        UserName = string.Empty;
        NormalizedUserName = string.Empty;
        UserNameSkeleton = string.Empty;
        DisplayName = string.Empty;
    }

    public Member(string userName, string displayName, DateTimeOffset joinedAt)
    {
        UserName = UserNameRules.Validate(userName);
        NormalizedUserName = UserNameRules.Normalize(UserName);
        UserNameSkeleton = UserNameRules.Skeleton(UserName);
        DisplayName = NormalizeDisplayName(displayName, userName);
        JoinedAt = joinedAt;
        Roles = MemberRoles.None.AsHeld();
    }

    /// <summary>
    /// A placeholder for an author imported from another forum: it holds their posts, has no password and cannot sign in
    /// (no Identity account is ever made for it). <paramref name="originUserName"/> is their name there, so a re-import
    /// finds the same placeholder; <paramref name="userName"/> is the free name chosen here.
    /// </summary>
    public static Member Placeholder(string userName, string displayName, string originSource, string originUserName, DateTimeOffset joinedAt)
    {
        string? shownName;
        try
        {
            shownName = NormalizeDisplayName(displayName, userName);
        }
        catch (DomainRuleException)
        {
            // A name the other forum allowed but this one does not is not a reason to drop the author's posts.
            shownName = userName;
        }

        return new Member(userName, shownName, joinedAt) { OriginSource = originSource, OriginUserName = originUserName };
    }

    /// <summary>Where a placeholder's author came from (the other forum's address); null for members who joined here.</summary>
    public string? OriginSource { get; private set; }

    /// <summary>The author's user name on <see cref="OriginSource"/>, as written there.</summary>
    public string? OriginUserName { get; private set; }

    /// <summary>The member who claimed this placeholder (an admin's decision); its posts are theirs since.</summary>
    public int? ClaimedById { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>An imported author nobody has claimed yet.</summary>
    public bool IsPlaceholder => OriginSource is not null && ClaimedById is null;

    /// <summary>
    /// An admin decides that <paramref name="claimant"/> is the author this placeholder stands for. The caller moves the
    /// placeholder's posts and threads to the claimant; the placeholder stays, so old links to it still lead somewhere.
    /// </summary>
    public void RecordClaim(Member claimant, Member admin, DateTimeOffset now)
    {
        if (!admin.IsAdmin)
        {
            throw new NotPermittedException("Only an admin can decide who an imported author is.");
        }

        if (OriginSource is null)
        {
            throw new DomainRuleException($"@{UserName} joined here: only imported authors can be claimed.");
        }

        if (ClaimedById is not null)
        {
            throw new DomainRuleException($"@{UserName} was already claimed.");
        }

        if (claimant.OriginSource is not null || claimant.Is(this))
        {
            throw new DomainRuleException("An imported author is claimed by a member who signs in here, not by another imported author.");
        }

        ClaimedById = claimant.Id;
        ClaimedAt = now;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The user name as compared (<see cref="UserNameRules.Normalize"/>): look members up by this, never by <see cref="UserName"/>.</summary>
    public string NormalizedUserName { get; private set; }

    /// <summary>What the name looks like (<see cref="UserNameRules.Skeleton"/>): unique, so no member can pass for another.</summary>
    public string UserNameSkeleton { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset JoinedAt { get; private set => field = value.ToUniversalTime(); }

    public MemberRoles Roles { get; private set; }

    public bool IsAdmin => Roles.HasFlag(MemberRoles.Admin);

    /// <summary>Moderators and admins: they review flags and act on posts, threads and members.</summary>
    public bool IsStaff => Roles.IsStaff();

    /// <summary>Moderators do not judge each other's posts, by flags or directly: a staff member's post is an admin's to decide.</summary>
    public bool MayJudgePostsBy(MemberRoles authorRoles) => IsStaff && (!authorRoles.IsStaff() || IsAdmin);

    /// <summary>Flags this member raised that moderators agreed or disagreed with: their accuracy.</summary>
    public int FlagsAgreed { get; private set; }

    public int FlagsDisagreed { get; private set; }

    /// <summary>A trust level an admin set by hand; null when it is earned from activity.</summary>
    public Moderation.TrustLevel? TrustLevelOverride { get; private set; }

    /// <summary>Until when the member may read but not post; null when not silenced.</summary>
    public DateTimeOffset? SilencedUntil { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>Until when the member cannot sign in; null when not suspended.</summary>
    public DateTimeOffset? SuspendedUntil { get; private set => field = value?.ToUniversalTime(); }

    public string? SanctionReason { get; private set; }

    public bool IsSilenced(DateTimeOffset now) => SilencedUntil is { } until && until > now;

    public bool IsSuspended(DateTimeOffset now) => SuspendedUntil is { } until && until > now;

    /// <summary>Refuses writing while the member is silenced or suspended (the reason is shown to them).</summary>
    public void EnsureMayPost(DateTimeOffset now)
    {
        if (IsSilenced(now) || IsSuspended(now))
        {
            var until = (SilencedUntil > SuspendedUntil ? SilencedUntil : SuspendedUntil ?? SilencedUntil)!.Value;
            throw new NotPermittedException($"You cannot post until {until.UtcDateTime:d MMM yyyy HH:mm} UTC: {SanctionReason}");
        }
    }

    /// <summary>
    /// Refuses a forum write while the member is silenced: they keep reading, withdrawing their own posts and appealing
    /// (the application lets those messages through); everything else that changes what others see waits for the end.
    /// </summary>
    public void EnsureNotSilenced(DateTimeOffset now)
    {
        if (SilenceRefusal(now) is { } refusal)
        {
            throw new NotPermittedException(refusal);
        }
    }

    /// <summary>What a silenced member is told when a write is refused (pages show it before they try); null when not silenced.</summary>
    public string? SilenceRefusal(DateTimeOffset now) => IsSilenced(now)
        ? $"You are silenced until {SilencedUntil!.Value.UtcDateTime.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC: {SanctionReason?.TrimEnd('.')}. Until then you can read, withdraw your own posts and flags, and appeal."
        : null;

    public void RecordFlagOutcome(bool agreed)
    {
        if (agreed)
        {
            FlagsAgreed++;
        }
        else
        {
            FlagsDisagreed++;
        }
    }

    /// <summary>The longest silence or suspension (ten years): longer is a ban, which the forum does not pretend to be a sanction.</summary>
    public static readonly TimeSpan LongestSanction = TimeSpan.FromDays(3650);

    /// <summary>A moderator silences (reads, cannot post) or suspends (cannot sign in) this member until a time, for a reason.</summary>
    public void Sanction(bool suspend, DateTimeOffset until, string reason, Member by, DateTimeOffset now)
    {
        if (!by.IsStaff)
        {
            throw new NotPermittedException("Only moderators can silence or suspend members.");
        }

        if (Is(by))
        {
            throw new NotPermittedException("You cannot silence or suspend yourself.");
        }

        if (IsStaff && !by.IsAdmin)
        {
            throw new NotPermittedException("Only an admin can silence or suspend a moderator.");
        }

        if (until <= now)
        {
            throw new DomainRuleException("Choose an end in the future.");
        }

        if (until > now + LongestSanction)
        {
            throw new DomainRuleException($"A silence or suspension lasts at most {LongestSanction.TotalDays:0} days.");
        }

        if (!VisibleText.HasVisibleCharacter(reason))
        {
            throw new DomainRuleException("Give a reason: the member and the public log see it.");
        }

        if (suspend)
        {
            SuspendedUntil = until;
        }
        else
        {
            SilencedUntil = until;
        }

        SanctionReason = reason.Trim();
    }

    /// <summary>An admin sets the trust level by hand, or with null lets activity decide again.</summary>
    public void SetTrustLevel(Moderation.TrustLevel? level, Member by)
    {
        if (!by.IsAdmin)
        {
            throw new NotPermittedException("Only an admin can set a trust level.");
        }

        TrustLevelOverride = level;
    }

    /// <summary>
    /// Changes this member's roles and returns the record of it. Everyone stays a Contributor; an admin cannot
    /// drop their own Admin role (someone else must), and the forum never loses its last admin.
    /// </summary>
    /// <param name="otherAdmins">How many admins there are besides this member.</param>
    public RoleChange ChangeRoles(MemberRoles roles, Member changedBy, int otherAdmins, DateTimeOffset now)
    {
        if (!changedBy.IsAdmin)
        {
            throw new NotPermittedException("Only an admin can change roles.");
        }

        var newRoles = roles.AsHeld();
        var losesAdmin = IsAdmin && !newRoles.HasFlag(MemberRoles.Admin);
        if (losesAdmin && IsSameMember(changedBy))
        {
            throw new NotPermittedException("You cannot remove your own Admin role; ask another admin.");
        }

        if (losesAdmin && otherAdmins == 0)
        {
            throw new DomainRuleException("The forum needs at least one admin.");
        }

        var change = new RoleChange(this, changedBy, Roles, newRoles, now);
        Roles = newRoles;
        return change;
    }

    /// <summary>Grants roles without a recorded change: start-up bootstrap and demo seeding only.</summary>
    public void GrantAtSetup(MemberRoles roles) => Roles = (Roles | roles).AsHeld();

    /// <summary>Same member: the same instance, or the same database id once ids are assigned (unsaved members all have 0).</summary>
    public bool Is(Member? other) => other is not null && (ReferenceEquals(this, other) || (Id != 0 && other.Id == Id));

    private bool IsSameMember(Member other) => Is(other);

    private static string NormalizeDisplayName(string displayName, string userName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return userName;
        }

        if (trimmed.Length > DisplayNameMaxLength || trimmed.Any(char.IsControl) || VisibleText.ContainsBidiControl(trimmed))
        {
            throw new DomainRuleException($"A display name has at most {DisplayNameMaxLength} characters and no control or text-direction characters.");
        }

        return trimmed;
    }
}
