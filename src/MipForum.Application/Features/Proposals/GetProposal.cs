using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>A proposal with its children and discussion threads; null when no proposal has that code.</summary>
public sealed record GetProposalQuery(string Code) : IQuery<ProposalDetail?>;

public sealed class GetProposalQueryValidator : AbstractValidator<GetProposalQuery>
{
    public GetProposalQueryValidator() =>
        RuleFor(q => q.Code)
            .Must(code => ProposalCode.TryParse(code, out _))
            .WithMessage("Use a proposal code such as MIP41, MIP41c5 or MIP41c5-SP2.");
}

public sealed class GetProposalQueryHandler(IForumDbContext db) : IQueryHandler<GetProposalQuery, ProposalDetail?>
{
    public async ValueTask<ProposalDetail?> Handle(GetProposalQuery query, CancellationToken cancellationToken)
    {
        var code = ProposalCode.Parse(query.Code).ToString();
        var proposal = await db.Proposals
            .AsNoTracking()
            .Where(p => p.Code == code)
            .Select(p => new
            {
                p.Id,
                p.Code,
                p.Title,
                p.Kind,
                p.Status,
                ParentCode = p.Parent == null ? null : p.Parent.Code,
                ParentTitle = p.Parent == null ? null : p.Parent.Title,
                p.Summary,
                Author = new MemberRef(p.Author.UserName, p.Author.DisplayName),
                p.ProposedAt,
                p.UpdatedAt,
                p.RatifiedAt,
                p.BodyCooked,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var children = await db.Proposals
            .AsNoTracking()
            .Where(p => p.ParentId == proposal.Id)
            .OrderBy(p => p.ComponentNumber ?? 0)
            .ThenBy(p => p.SubproposalNumber ?? 0)
            .Select(ProposalProjections.Summary)
            .ToListAsync(cancellationToken);

        var threads = await db.Threads
            .AsNoTracking()
            .Where(t => t.ProposalId == proposal.Id)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ThreadRef(t.Id, t.Title, t.Slug, t.PostCount, t.LastActivityAt))
            .ToListAsync(cancellationToken);

        return new ProposalDetail(
            proposal.Code,
            proposal.Title,
            proposal.Kind,
            proposal.Status,
            proposal.ParentCode,
            proposal.ParentTitle,
            proposal.Summary,
            proposal.Author,
            proposal.ProposedAt,
            proposal.UpdatedAt,
            proposal.RatifiedAt,
            proposal.BodyCooked,
            children,
            threads);
    }
}
