using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>What accepting and removing a link share: finding the link between two codes, either way.</summary>
internal static class ProposalLinkChanges
{
    /// <summary>The link between the two proposals, in either direction, with both proposals and their authors.</summary>
    public static async Task<ProposalLink> FindAsync(IForumDbContext db, string code, string otherCode, CancellationToken cancellationToken)
    {
        var one = ProposalCode.Parse(code).ToString();
        var two = ProposalCode.Parse(otherCode).ToString();
        return await db.ProposalLinks
            .Include(l => l.From).ThenInclude(p => p.CoAuthors)
            .Include(l => l.To).ThenInclude(p => p.CoAuthors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => (l.From.Code == one && l.To.Code == two) || (l.From.Code == two && l.To.Code == one), cancellationToken)
            ?? throw new NotFoundException($"{one} and {two} are not linked.");
    }
}
