using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>A published proposal as a markdown document in the MIPs repository's layout; null when there is none.</summary>
public sealed record GetProposalDocumentQuery(string Code) : IQuery<string?>;

public sealed class GetProposalDocumentQueryHandler(IForumDbContext db) : IQueryHandler<GetProposalDocumentQuery, string?>
{
    public async ValueTask<string?> Handle(GetProposalDocumentQuery query, CancellationToken cancellationToken)
    {
        if (!ProposalCode.TryParse(query.Code, out var code))
        {
            return null;
        }

        var canonical = code.ToString();
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Author).SingleOrDefaultAsync(p => p.Code == canonical, cancellationToken);
        return proposal?.ToDocument();
    }
}
