using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>An earlier text of a published proposal, kept when its content changed. Never changed.</summary>
public sealed class ProposalRevision
{
    private ProposalRevision()
    {
        Title = string.Empty;
        BodyMarkdown = string.Empty;
        Reason = string.Empty;
    }

    internal ProposalRevision(Proposal proposal, int version, string title, string bodyMarkdown, DateTimeOffset writtenAt, Member changedBy, string reason, bool isOverride, DateTimeOffset replacedAt)
    {
        Proposal = proposal;
        Version = version;
        Title = title;
        BodyMarkdown = bodyMarkdown;
        WrittenAt = writtenAt;
        ChangedBy = changedBy;
        Reason = reason;
        IsOverride = isOverride;
        ReplacedAt = replacedAt;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public Proposal Proposal { get; private set; } = null!;

    /// <summary>The proposal's version this text was.</summary>
    public int Version { get; private set; }

    public string Title { get; private set; }

    public string BodyMarkdown { get; private set; }

    /// <summary>When this text was written.</summary>
    public DateTimeOffset WrittenAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>When the next text replaced this one (the edit's time).</summary>
    public DateTimeOffset ReplacedAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>Who replaced this text, why, and whether an admin overrode the frozen period to do it.</summary>
    public int ChangedById { get; private set; }

    public Member ChangedBy { get; private set; } = null!;

    public string Reason { get; private set; }

    public bool IsOverride { get; private set; }
}
