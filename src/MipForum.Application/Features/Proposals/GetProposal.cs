using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

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

public sealed class GetProposalQueryHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, SignedInReader signedIn) : IQueryHandler<GetProposalQuery, ProposalDetail?>
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
                Code = p.Code!,
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
                p.Preamble,
                p.FeedbackDays,
                p.FrozenDays,
                p.RfcAt,
                p.ContentChangedAt,
                p.StatusChangedAt,
                p.Version,
                p.AuthorId,
                HasTemplate = p.Template != null,
                RevisionCount = p.Revisions.Count,
                CoAuthors = p.CoAuthors.Select(c => new MemberRef(c.Member.UserName, c.Member.DisplayName)).ToList(),
                CoAuthorIds = p.CoAuthors.Select(c => c.MemberId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var children = await db.Proposals
            .AsNoTracking()
            .Where(p => p.ParentId == proposal.Id && p.PublishedAt != null)
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

        var timeline = await db.ProposalTransitions
            .AsNoTracking()
            .Where(t => t.ProposalId == proposal.Id)
            .OrderBy(t => t.At)
            .ThenBy(t => t.Id)
            .Select(t => new TimelineEntry(t.From, t.To, new MemberRef(t.Actor.UserName, t.Actor.DisplayName), t.At, t.Reason, t.IsOverride))
            .ToListAsync(cancellationToken);

        var related = await db.ProposalLinks
            .AsNoTracking()
            .Where(l => l.FromId == proposal.Id || l.ToId == proposal.Id)
            .OrderBy(l => l.LinkedAt)
            .Select(l => l.FromId == proposal.Id
                ? new { Outgoing = true, l.Relation, Pending = l.AcceptedAt == null, l.To.Code, l.To.Title, l.To.Status }
                : new { Outgoing = false, l.Relation, Pending = l.AcceptedAt == null, l.From.Code, l.From.Title, l.From.Status })
            .ToListAsync(cancellationToken);

        var linkHistory = await db.ProposalLinkEvents
            .AsNoTracking()
            .Where(e => e.ProposalId == proposal.Id)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .Select(e => new { e.Kind, e.OtherCode, e.Relation, e.Outgoing, e.Actor.UserName, e.Actor.DisplayName, e.At })
            .ToListAsync(cancellationToken);

        // Only components have annexes, so other pages keep their five queries.
        var annexes = proposal.Kind != ProposalKind.Component
            ? []
            : await db.ProposalAnnexes
                .AsNoTracking()
                .Where(a => a.ProposalId == proposal.Id)
                .OrderBy(a => a.FileName)
                .Select(a => new AnnexRef(a.FileName, a.Title))
                .ToListAsync(cancellationToken);

        var viewer = currentUser.MemberId is { } viewerId
            ? await signedIn.FindAsync(viewerId, cancellationToken)
            : null;
        var isAuthor = viewer is not null && (viewer.Id == proposal.AuthorId || proposal.CoAuthorIds.Contains(viewer.Id));
        var isAdmin = viewer is not null && viewer.IsAdmin;
        var canMove = viewer is not null && PermissionMatrix.Allows(viewer.Roles, Permission.ChangeProposalStatus);
        var mayLink = isAuthor && PermissionMatrix.Allows(viewer!.Roles, Permission.DraftProposal);
        var movers = (isAuthor ? ProposalLifecycle.Movers.Authors : ProposalLifecycle.Movers.None)
            | (isAdmin ? ProposalLifecycle.Movers.Governance : ProposalLifecycle.Movers.None);
        // The dates are the domain's own timing rule, built from the columns it reads, not worked out again here.
        var timing = new ProposalTiming(proposal.Status, proposal.RfcAt, proposal.ContentChangedAt, proposal.StatusChangedAt, new ProposalPeriods(proposal.FeedbackDays, proposal.FrozenDays));

        return new ProposalDetail(
            proposal.Id,
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
            threads)
        {
            Preamble = proposal.Preamble,
            Timeline = timeline,
            CoAuthors = proposal.CoAuthors,
            FeedbackDays = proposal.FeedbackDays,
            FrozenDays = proposal.FrozenDays,
            FeedbackEndsAt = timing.FeedbackEndsAt,
            FormalSubmissionFrom = timing.FormalSubmissionFrom,
            Version = proposal.Version,
            RevisionCount = proposal.RevisionCount,
            NextStatuses = canMove ? ProposalLifecycle.NextFor(proposal.Status, movers) : [],
            // The pipeline's admission (role, suspension, silence) and the proposal's own rule on who revises it.
            CanEdit = viewer is not null && Proposal.MayBeRevisedBy(viewer, isAuthor)
                && CommandAdmission.Admits<UpdateProposalCommand>(viewer, Permission.DraftProposal, time.GetUtcNow()),
            CanOverrideRules = viewer is not null && Proposal.MayOverrideRules(viewer),
            HasTemplate = proposal.HasTemplate,
            Annexes = annexes,
            // A proposed link is not said on the other page ("Replaced by …"), except to the authors and admins who may accept it.
            Related = related
                .Where(r => r.Outgoing || !r.Pending || isAuthor || isAdmin)
                .Select(r => new RelatedProposal(r.Code!, r.Title, r.Status, RelatedProposal.Describe(r.Relation, r.Outgoing, r.Pending))
                {
                    Pending = r.Pending,
                    CanAccept = r.Pending && !r.Outgoing && (mayLink || isAdmin),
                    CanRemove = mayLink || isAdmin,
                })
                .ToList(),
            LinkHistory = linkHistory
                .Select(e => new LinkTimelineEntry(e.Kind, e.OtherCode, RelatedProposal.Describe(e.Relation, e.Outgoing), new MemberRef(e.UserName, e.DisplayName), e.At))
                .ToList(),
        };
    }
}
