namespace MipForum.Application.Common.Models;

/// <summary>Proposal settings bound from <c>Forum:Proposals</c>.</summary>
public sealed class ProposalOptions
{
    public const string SectionName = "Forum:Proposals";

    /// <summary>The category (slug) where publishing a proposal opens its discussion thread; the first category when absent.</summary>
    public string DiscussionCategory { get; set; } = "mips";

    /// <summary>How often scheduled drafts are checked and published, in seconds.</summary>
    public int ScheduleCheckSeconds { get; set; } = 30;
}
