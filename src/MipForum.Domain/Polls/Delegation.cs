using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

/// <summary>
/// A member's public delegation of their weight to another member, until an optional expiry. One per delegator: delegating
/// again changes it. One level only: what is delegated to a delegate is not passed on by the delegate's own delegation.
/// </summary>
public sealed class Delegation
{
    private Delegation()
    {
    }

    public int Id { get; private set; }

    public int DelegatorId { get; private set; }

    public Member Delegator { get; private set; } = null!;

    public int DelegateId { get; private set; }

    public Member Delegate { get; private set; } = null!;

    public DateTimeOffset Since { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? ExpiresAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsActiveAt(DateTimeOffset moment) => ExpiresAt is not { } expiry || expiry > moment;

    public static Delegation Start(Member delegator, Member to, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var delegation = new Delegation { Delegator = delegator, DelegatorId = delegator.Id };
        delegation.ChangeTo(to, expiresAt, now);
        return delegation;
    }

    public void ChangeTo(Member to, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (to.Id == (Delegator?.Id ?? DelegatorId))
        {
            throw new DomainRuleException("You cannot delegate to yourself.");
        }

        if (to.IsSuspended(now))
        {
            throw new DomainRuleException($"@{to.UserName} is suspended and cannot vote for you.");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new DomainRuleException("The expiry date has passed; choose a later one, or none.");
        }

        Delegate = to;
        DelegateId = to.Id;
        ExpiresAt = expiresAt;
        Since = now;
    }
}
