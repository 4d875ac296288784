using MipForum.Domain.Members;

namespace MipForum.Application.Common.Models;

/// <summary>Signal poll settings bound from <c>Forum:Polls</c>.</summary>
public sealed class PollOptions
{
    public const string SectionName = "Forum:Polls";

    /// <summary>Most options a poll may have, not counting Abstain (the offboarding thread asked for a cap of 5).</summary>
    public int MaxOptions { get; set; } = 5;

    /// <summary>Roles that may open polls in any thread; a proposal's authors may always open polls on its thread.</summary>
    public MemberRoles CreatorRoles { get; set; } = MemberRoles.Facilitator | MemberRoles.Moderator | MemberRoles.Admin;

    /// <summary>How often the closing job looks for polls whose time has come, in seconds.</summary>
    public int CloseCheckSeconds { get; set; } = 30;

    /// <summary>Most lines a weight snapshot upload may have.</summary>
    public int MaxSnapshotRows { get; set; } = 100_000;
}
