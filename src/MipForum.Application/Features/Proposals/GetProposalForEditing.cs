using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>A proposal as its editor sees it: the text split into the template's sections (or whole, without a template).</summary>
public sealed record EditableProposal(
    int Id,
    string? Code,
    bool IsDraft,
    ProposalStatus Status,
    string? ParentCode,
    string? ParentTitle,
    string Title,
    string Summary,
    IReadOnlyList<TemplateSection> Sections,
    IReadOnlyDictionary<string, string> SectionTexts,
    bool FollowsTemplate,
    string BodyMarkdown,
    string BodyCooked,
    int Version,
    DateTimeOffset? PublishAt,
    IReadOnlyList<string> Authors,
    DateTimeOffset? FrozenFrom)
{
    /// <summary>Whether the caller may override the frozen period (<see cref="Proposal.MayOverrideRules"/>).</summary>
    public bool CanOverrideFrozen { get; init; }
}

/// <summary>For the edit form: null unless the caller may edit (an author; an admin for published proposals).</summary>
public sealed record GetProposalForEditingQuery(int Id) : IQuery<EditableProposal?>;

public sealed class GetProposalForEditingQueryHandler(IForumDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetProposalForEditingQuery, EditableProposal?>
{
    public async ValueTask<EditableProposal?> Handle(GetProposalForEditingQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.MemberId is not { } viewerId)
        {
            return null;
        }

        var proposal = await db.Proposals.AsNoTracking()
            .Include(p => p.Parent)
            .Include(p => p.Author)
            .Include(p => p.CoAuthors).ThenInclude(c => c.Member)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        var viewer = await db.Members.AsNoTracking().SingleAsync(m => m.Id == viewerId, cancellationToken);
        if (proposal is null || !(proposal.IsAuthor(viewer) || (viewer.IsAdmin && !proposal.IsDraft)))
        {
            return null;
        }

        var template = proposal.Parent?.Template ?? StandardTemplates.General;
        var texts = template.Split(proposal.BodyMarkdown);

        // A document follows the template when splitting and composing again gives it back unchanged.
        var follows = template.Compose(texts).Trim() == proposal.BodyMarkdown.Trim();
        return new EditableProposal(
            proposal.Id,
            proposal.Code,
            proposal.IsDraft,
            proposal.Status,
            proposal.Parent?.Code,
            proposal.Parent?.Title,
            proposal.Title,
            proposal.Summary,
            template.Sections,
            texts,
            follows,
            proposal.BodyMarkdown,
            proposal.BodyCooked,
            proposal.Version,
            proposal.PublishAt,
            [proposal.Author.UserName, .. proposal.CoAuthors.Select(c => c.Member.UserName)],
            proposal.FeedbackEndsAt)
        {
            CanOverrideFrozen = Proposal.MayOverrideRules(viewer),
        };
    }
}
