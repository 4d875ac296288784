using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Domain.Discussions;
using MipForum.Domain.Moderation;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Threads;

/// <summary>A thread with one page of its posts; null when the thread does not exist.</summary>
public sealed record GetThreadQuery(int ThreadId, int Page = 1) : IQuery<ThreadDetail?>;

public sealed class GetThreadQueryValidator : AbstractValidator<GetThreadQuery>
{
    public GetThreadQueryValidator() => RuleFor(q => q.Page).ValidPage();
}

public sealed class GetThreadQueryHandler(IForumDbContext db, IOptions<PagingOptions> paging, ICurrentUser currentUser, TimeProvider time, Polls.DelegateNotes delegateNotes)
    : IQueryHandler<GetThreadQuery, ThreadDetail?>
{
    public async ValueTask<ThreadDetail?> Handle(GetThreadQuery query, CancellationToken cancellationToken)
    {
        var viewer = currentUser.MemberId ?? 0;
        var pageSize = paging.Value.PostsPerPage;

        // Post numbers have no gaps, so a page is a range of numbers: an index seek, not an OFFSET scan.
        var first = ((query.Page - 1) * pageSize) + 1;
        var last = first + pageSize - 1;
        var header = await db.Threads
            .AsNoTracking()
            .Where(t => t.Id == query.ThreadId)
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.Slug,
                Category = new CategoryRef(t.Category.Slug, t.Category.Name),
                Proposal = t.Proposal == null ? null : new ProposalRef(t.Proposal.Code!, t.Proposal.Title, t.Proposal.Status),
                t.Tags,
                t.IsLocked,
                Author = new MemberRef(t.Author.UserName, t.Author.DisplayName),
                t.PostCount,
                t.CreatedAt,
                t.LastActivityAt,
                t.OriginUrl,

                t.ProposalId,

                // Where the previous page ended, so proposal events between two pages show once, at the top of the later one.
                // The proposal's own thread (the one publishing opened: its author's first thread on it) carries its
                // events; other threads that merely link the proposal do not repeat them.
                OwnProposalThreadId = t.ProposalId == null ? null
                    : db.Threads.Where(o => o.ProposalId == t.ProposalId && o.AuthorId == t.Proposal!.AuthorId).Min(o => (int?)o.Id),

                PreviousPostAt = t.Posts.Where(p => p.Number == first - 1).Select(p => (DateTimeOffset?)p.CreatedAt).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        // A signed-in reader costs one query more (their roles and sanctions): what they may do with each post is then
        // worked out from the rows below, never with a query per post.
        var reader = viewer == 0 ? null : await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == viewer, cancellationToken);
        var capabilities = new PostCapabilities(reader, header.IsLocked, time.GetUtcNow());
        var rows = await db.Posts
            .AsNoTracking()
            .Where(p => p.ThreadId == query.ThreadId && p.Number >= first && p.Number <= last)
            .OrderBy(p => p.Number)
            .Select(p => new
            {
                View = new PostView(
                    p.Id,
                    p.Number,
                    new MemberRef(p.Author.UserName, p.Author.DisplayName),
                    p.ReplyToNumber,
                    p.ReplyToNumber == null
                        ? null
                        : db.Posts.Where(r => r.ThreadId == p.ThreadId && r.Number == p.ReplyToNumber).Select(r => r.Author.UserName).FirstOrDefault(),
                    p.Cooked,
                    p.LikeCount,
                    db.Posts.Count(r => r.ThreadId == p.ThreadId && r.ReplyToNumber == p.Number),
                    p.Version,
                    p.CreatedAt,
                    p.EditedAt,
                    p.DeletedAt != null,
                    p.HiddenAt != null,
                    viewer != 0 && db.PostLikes.Any(l => l.PostId == p.Id && l.MemberId == viewer))
                {
                    Removed = p.RemovedAt != null,
                    HiddenReason = p.HiddenReason,
                    HiddenPendingReview = p.HiddenPendingReview,
                    OriginUrl = p.OriginUrl,
                    FlaggedByMe = viewer != 0 && db.Flags.Any(f => f.PostId == p.Id && f.FlaggerId == viewer && f.Status != FlagStatus.Retracted),
                },
                p.AuthorId,
                AuthorRoles = p.Author.Roles,
                Appealed = viewer != 0 && p.AuthorId == viewer && db.Appeals.Any(a => a.PostId == p.Id),
            })
            .ToListAsync(cancellationToken);

        // Who may read a withdrawn or removed text, and act on each post, are the domain's rules (PostStanding). Which
        // authors are delegates costs one query for the page (three when someone on it is one).
        var delegates = await delegateNotes.ForAsync(rows.Select(r => r.AuthorId).Distinct().ToList(), cancellationToken);
        var posts = rows
            .Select(r => capabilities.Apply(r.View, new PostStanding(r.View.Deleted, r.View.Removed, r.View.Hidden, r.AuthorRoles), r.AuthorId, r.Appealed)
                with { AuthorDelegate = delegates.GetValueOrDefault(r.AuthorId) })
            .ToList();

        // Two more queries for the whole page, never one per post: who liked what, and which posts answer which.
        var ids = posts.Select(p => p.Id).ToList();
        var likes = await db.PostLikes.AsNoTracking()
            .Where(l => ids.Contains(l.PostId))
            .OrderBy(l => l.LikedAt)
            .Select(l => new { l.PostId, l.Member.UserName })
            .ToListAsync(cancellationToken);
        // At most a few replies listed per post: a post answered a thousand times must not load a thousand rows.
        // Raw SQL because "first N per group" needs ROW_NUMBER, which EF Core does not generate for SQLite here
        // (it asks for APPLY); the window function is standard SQL on SQLite and PostgreSQL alike.
        var replies = await db.Database.SqlQuery<ListedReply>($"""
            SELECT "ReplyToNumber", "Number", "UserName" FROM (
                SELECT p."ReplyToNumber", p."Number", m."UserName",
                       ROW_NUMBER() OVER (PARTITION BY p."ReplyToNumber" ORDER BY p."Number") AS "Rank"
                FROM "Posts" AS p JOIN "Members" AS m ON m."Id" = p."AuthorId"
                WHERE p."ThreadId" = {query.ThreadId} AND p."ReplyToNumber" >= {first} AND p."ReplyToNumber" <= {last}
            ) AS ranked
            WHERE "Rank" <= {PostView.MaxRepliesListed}
            ORDER BY "Number"
            """).ToListAsync(cancellationToken);
        posts = posts.Select(p => p with
        {
            LikedBy = likes.Where(l => l.PostId == p.Id).Select(l => l.UserName).Take(20).ToList(),
            Replies = replies.Where(r => r.ReplyToNumber == p.Number).Select(r => new ReplyRef(r.Number, r.UserName)).ToList(),
        }).ToList();

        var events = header.ProposalId is { } proposalId && header.OwnProposalThreadId == header.Id && posts.Count > 0
            ? await ProposalEventsAsync(proposalId, header.PreviousPostAt, last >= header.PostCount ? null : posts[^1].CreatedAt, cancellationToken)
            : [];

        return new ThreadDetail(
            header.Id,
            header.Title,
            header.Slug,
            header.Category,
            header.Proposal,
            header.Tags,
            header.IsLocked,
            header.Author,
            header.PostCount,
            header.CreatedAt,
            header.LastActivityAt,
            new PagedList<PostView>(posts, query.Page, pageSize, header.PostCount))
        {
            ProposalEvents = events,
            CanReply = capabilities.MayReply,
            OriginUrl = header.OriginUrl,
        };
    }

    /// <summary>The proposal's moves and edits after <paramref name="from"/> up to <paramref name="to"/> (open ends when null).</summary>
    private async Task<IReadOnlyList<ProposalEvent>> ProposalEventsAsync(int proposalId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        // One UNION ALL query for both kinds, so a proposal's thread costs one query more than any other thread.
        var moves = db.ProposalTransitions.AsNoTracking()
            .Where(t => t.ProposalId == proposalId && (from == null || t.At > from) && (to == null || t.At <= to))
            .Select(t => new { t.At, t.Actor.UserName, t.Actor.DisplayName, t.From, To = (ProposalStatus?)t.To, Version = (int?)null, t.Reason, t.IsOverride });
        var edits = db.ProposalRevisions.AsNoTracking()
            .Where(r => r.ProposalId == proposalId && (from == null || r.ReplacedAt > from) && (to == null || r.ReplacedAt <= to))
            .Select(r => new { At = r.ReplacedAt, r.ChangedBy.UserName, r.ChangedBy.DisplayName, From = (ProposalStatus?)null, To = (ProposalStatus?)null, Version = (int?)(r.Version + 1), r.Reason, r.IsOverride });
        var rows = await moves.Concat(edits).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(e => e.At).Select(e => new ProposalEvent(e.At, new MemberRef(e.UserName, e.DisplayName), e.From, e.To, e.Version, e.Reason, e.IsOverride))];
    }
}

/// <summary>A row of the "first replies per post" query.</summary>
internal sealed record ListedReply(int ReplyToNumber, int Number, string UserName);
