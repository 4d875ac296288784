using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>A component's annex: its page shows <see cref="Cooked"/>, its export is <see cref="Markdown"/> (the file as imported).</summary>
public sealed record ProposalAnnexView(string ProposalCode, string ProposalTitle, string FileName, string Path, string Title, string Markdown, string Cooked, DateTimeOffset UpdatedAt);

/// <summary>An annex by its component's code and its file name (with or without <c>.md</c>); null when there is none.</summary>
public sealed record GetProposalAnnexQuery(string Code, string FileName) : IQuery<ProposalAnnexView?>;

public sealed class GetProposalAnnexQueryHandler(IForumDbContext db) : IQueryHandler<GetProposalAnnexQuery, ProposalAnnexView?>
{
    public async ValueTask<ProposalAnnexView?> Handle(GetProposalAnnexQuery query, CancellationToken cancellationToken)
    {
        if (!ProposalCode.TryParse(query.Code, out var code) || string.IsNullOrWhiteSpace(query.FileName))
        {
            return null;
        }

        var canonical = code.ToString();
        var fileName = query.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? query.FileName : query.FileName + ".md";
        return await db.ProposalAnnexes
            .AsNoTracking()
            .Where(a => a.Proposal.Code == canonical && a.FileName == fileName)
            .Select(a => new ProposalAnnexView(a.Proposal.Code!, a.Proposal.Title, a.FileName, a.Path, a.Title, a.Markdown, a.Cooked, a.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
