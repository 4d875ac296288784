using MipForum.Application.Common.Models;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Threads;

public sealed record ProposalRef(string Code, string Title, ProposalStatus Status);

/// <summary>One post as readers see it; <see cref="Cooked"/> is the stored, sanitized HTML.</summary>
public sealed record PostView(
    int Id,
    int Number,
    MemberRef Author,
    int? ReplyToNumber,
    string? ReplyToUserName,
    string Cooked,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt);

public sealed record ThreadDetail(
    int Id,
    string Title,
    string Slug,
    CategoryRef Category,
    ProposalRef? Proposal,
    MemberRef Author,
    int PostCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    PagedList<PostView> Posts);
