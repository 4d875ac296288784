namespace MipForum.Application.Common.Models;

/// <summary>Proposal settings bound from <c>Forum:Proposals</c>.</summary>
public sealed class ProposalOptions
{
    public const string SectionName = "Forum:Proposals";

    /// <summary>The category (slug) where publishing a proposal opens its discussion thread; the first category when absent.</summary>
    public string DiscussionCategory { get; set; } = "mips";

    /// <summary>How often scheduled drafts are checked and published, in seconds.</summary>
    public int ScheduleCheckSeconds { get; set; } = 30;

    /// <summary>
    /// Longest proposal body accepted, in characters. A governance document is not a forum post: real MIPs reach
    /// 90,000 characters and subproposals 57,000, so proposals get their own limit (256 KB) instead of the post limit.
    /// </summary>
    public int MaxBodyLength { get; set; } = 262_144;

    /// <summary>Largest cooked HTML of a proposal body, in characters; the same headroom over the source as posts have (12.5 times).</summary>
    public int MaxBodyCookedLength { get; set; } = 3_276_800;
}
