using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

/// <summary>
/// Members' weights at one moment (e.g. "MKR at block 13,500,000"), uploaded by an admin; a weighted poll fixes the snapshot
/// it uses when it is created. Never edited: a new moment is a new snapshot.
/// </summary>
public sealed class WeightSnapshot
{
    public const int LabelMaxLength = 120;

    /// <summary>
    /// The largest weight one member may carry (a quadrillion): far above any token supply, and small enough that a
    /// poll's totals (a million such weights, and delegations) stay exact in <see cref="decimal"/> instead of overflowing.
    /// </summary>
    public const decimal MaxWeight = 1_000_000_000_000_000m;

    private readonly List<WeightEntry> _entries = [];

    private WeightSnapshot()
    {
        Label = string.Empty;
    }

    public int Id { get; private set; }

    public string Label { get; private set; }

    public int UploadedById { get; private set; }

    public Member UploadedBy { get; private set; } = null!;

    public DateTimeOffset UploadedAt { get; private set => field = value.ToUniversalTime(); }

    public decimal TotalWeight { get; private set; }

    public IReadOnlyList<WeightEntry> Entries => _entries;

    /// <param name="weights">Checked already, line by line (known members, each once, weights not negative).</param>
    public static WeightSnapshot Take(string label, Member uploadedBy, IReadOnlyList<(Member Member, decimal Weight)> weights, DateTimeOffset now)
    {
        var text = label?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(text) || text.Length > LabelMaxLength)
        {
            throw new DomainRuleException($"Label the snapshot in 1 to {LabelMaxLength} characters, e.g. “MKR at block 13,500,000”.");
        }

        if (weights.Count == 0)
        {
            throw new DomainRuleException("The snapshot has no weights.");
        }

        if (weights.Any(w => w.Weight < 0m) || weights.DistinctBy(w => w.Member.Id).Count() != weights.Count)
        {
            throw new DomainRuleException("Each member appears once, with a weight that is not negative.");
        }

        if (weights.Any(w => w.Weight > MaxWeight))
        {
            throw new DomainRuleException($"A weight is at most {MaxWeight:#,##0}.");
        }

        var snapshot = new WeightSnapshot { Label = text, UploadedBy = uploadedBy, UploadedAt = now, TotalWeight = weights.Sum(w => w.Weight) };
        snapshot._entries.AddRange(weights.Select(w => new WeightEntry(w.Member, w.Weight)));
        return snapshot;
    }
}

/// <summary>One member's weight in a snapshot.</summary>
public sealed class WeightEntry
{
    private WeightEntry()
    {
    }

    internal WeightEntry(Member member, decimal weight)
    {
        Member = member;
        Weight = weight;
    }

    public int Id { get; private set; }

    public int SnapshotId { get; private set; }

    public int MemberId { get; private set; }

    public Member Member { get; private set; } = null!;

    public decimal Weight { get; private set; }
}
