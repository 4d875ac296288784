using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Threads;

/// <summary>A row of the latest-threads list.</summary>
public sealed record ThreadSummary(
    int Id,
    string Title,
    string Slug,
    CategoryRef Category,
    string? ProposalCode,
    ProposalStatus? ProposalStatus,
    IReadOnlyList<string> Tags,
    MemberRef Author,
    int PostCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt)
{
    public int ReplyCount => PostCount - 1;

    public bool IsPinned { get; init; }

    public bool IsLocked { get; init; }
}
