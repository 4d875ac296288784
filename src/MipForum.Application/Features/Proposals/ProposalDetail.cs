using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

public sealed record ThreadRef(int Id, string Title, string Slug, int PostCount, DateTimeOffset LastActivityAt);

public sealed record ProposalDetail(
    string Code,
    string Title,
    ProposalKind Kind,
    ProposalStatus Status,
    string? ParentCode,
    string? ParentTitle,
    string Summary,
    MemberRef Author,
    DateTimeOffset ProposedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RatifiedAt,
    string BodyCooked,
    IReadOnlyList<ProposalSummary> Children,
    IReadOnlyList<ThreadRef> Threads);
