using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Proposals;

/// <summary>One text of a proposal: the title and body it had from <see cref="WrittenAt"/>; who replaced it and why (null for the current one).</summary>
public sealed record ProposalVersion(int Version, string Title, string BodyMarkdown, DateTimeOffset WrittenAt, MemberRef? ReplacedBy, string? Reason, bool IsOverride);

public sealed record ProposalHistory(string Code, string Title, IReadOnlyList<ProposalVersion> Versions);

/// <summary>Every text a published proposal has had, oldest first, ending with the current one; null when there is no such proposal.</summary>
public sealed record GetProposalHistoryQuery(string Code) : IQuery<ProposalHistory?>;

public sealed class GetProposalHistoryQueryHandler(IForumDbContext db) : IQueryHandler<GetProposalHistoryQuery, ProposalHistory?>
{
    public async ValueTask<ProposalHistory?> Handle(GetProposalHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!ProposalCode.TryParse(query.Code, out var code))
        {
            return null;
        }

        var canonical = code.ToString();
        var current = await db.Proposals.AsNoTracking()
            .Where(p => p.Code == canonical)
            .Select(p => new { p.Id, p.Code, p.Title, p.BodyMarkdown, p.Version, p.ContentChangedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return null;
        }

        var earlier = await db.ProposalRevisions.AsNoTracking()
            .Where(r => r.ProposalId == current.Id)
            .OrderBy(r => r.Version)
            .Select(r => new ProposalVersion(r.Version, r.Title, r.BodyMarkdown, r.WrittenAt, new MemberRef(r.ChangedBy.UserName, r.ChangedBy.DisplayName), r.Reason, r.IsOverride))
            .ToListAsync(cancellationToken);
        return new ProposalHistory(
            current.Code!,
            current.Title,
            [.. earlier, new ProposalVersion(current.Version, current.Title, current.BodyMarkdown, current.ContentChangedAt, null, null, false)]);
    }
}
