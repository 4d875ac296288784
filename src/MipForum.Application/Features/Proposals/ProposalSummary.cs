using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Proposals;

public sealed record ProposalSummary(
    string Code,
    string Title,
    ProposalKind Kind,
    ProposalStatus Status,
    string? ParentCode,
    MemberRef Author,
    DateTimeOffset ProposedAt,
    DateTimeOffset UpdatedAt);
