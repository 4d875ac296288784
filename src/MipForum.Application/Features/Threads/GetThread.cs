using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
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

public sealed class GetThreadQueryHandler(
    IForumDbContext db, IOptions<PagingOptions> paging, ICurrentUser currentUser, TimeProvider time, Polls.DelegateNotes delegateNotes, IThreadPageCache cache, SignedInReader signedIn)
    : IQueryHandler<GetThreadQuery, ThreadDetail?>
{
    public async ValueTask<ThreadDetail?> Handle(GetThreadQuery query, CancellationToken cancellationToken)
    {
        // What every reader sees alike is read once and kept until a write changes it (IThreadPageCache); a reader costs
        // only their own rows: their roles and sanctions, and what they liked, flagged or appealed on this page.
        var shared = await cache.GetOrLoadAsync(query.ThreadId, query.Page, ct => LoadSharedAsync(query, ct), cancellationToken);
        if (shared is null)
        {
            return null;
        }

        var viewer = currentUser.MemberId ?? 0;
        var reader = viewer == 0 ? null : await signedIn.FindAsync(viewer, cancellationToken);
        var capabilities = new PostCapabilities(reader, shared.Thread.IsLocked, time.GetUtcNow());
        var mine = reader is null ? [] : await PersonalAsync(query.ThreadId, shared, viewer, cancellationToken);
        var posts = shared.Posts.Select(p =>
        {
            var own = mine.GetValueOrDefault(p.View.Id);
            return capabilities.Apply(p.View with { LikedByMe = own?.Liked == true, FlaggedByMe = own?.Flagged == true }, p.Standing, p.AuthorId, own?.Appealed == true);
        }).ToList();

        return shared.Thread with
        {
            Posts = new PagedList<PostView>(posts, query.Page, shared.Thread.Posts.PageSize, shared.Thread.PostCount),
            CanReply = capabilities.MayReply,
        };
    }

    // One query for the reader's marks on the page's posts; only posts they liked, flagged or appealed come back.
    private async Task<Dictionary<int, ReaderMarks>> PersonalAsync(int threadId, SharedThreadPage shared, int viewer, CancellationToken cancellationToken)
    {
        if (shared.Posts.Count == 0)
        {
            return [];
        }

        var first = shared.Posts[0].View.Number;
        var last = shared.Posts[^1].View.Number;
        var marks = new List<ReaderMarkRow>();
        await foreach (var mark in MarksOf(db.AsDbContext(), threadId, first, last, viewer).WithCancellation(cancellationToken))
        {
            marks.Add(mark);
        }

        return marks.ToDictionary(m => m.Id, m => new ReaderMarks(m.Liked, m.Flagged, m.Appealed));
    }

    // Compiled once: every signed-in thread page asks it (CompiledQueries).
    private static readonly Func<DbContext, int, int, int, int, IAsyncEnumerable<ReaderMarkRow>> MarksOf =
        EF.CompileAsyncQuery((DbContext context, int threadId, int first, int last, int viewer) =>
            context.Set<Post>().AsNoTracking()
                .Where(p => p.ThreadId == threadId && p.Number >= first && p.Number <= last)
                .Select(p => new
                {
                    p.Id,
                    Liked = context.Set<PostLike>().Any(l => l.PostId == p.Id && l.MemberId == viewer),
                    Flagged = context.Set<Flag>().Any(f => f.PostId == p.Id && f.FlaggerId == viewer && f.Status != FlagStatus.Retracted),
                    Appealed = p.AuthorId == viewer && context.Set<Appeal>().Any(a => a.PostId == p.Id),
                })
                .Where(m => m.Liked || m.Flagged || m.Appealed)
                .Select(m => new ReaderMarkRow(m.Id, m.Liked, m.Flagged, m.Appealed)));

    private async Task<SharedThreadPage?> LoadSharedAsync(GetThreadQuery query, CancellationToken cancellationToken)
    {
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
                    false)
                {
                    Removed = p.RemovedAt != null,
                    HiddenReason = p.HiddenReason,
                    HiddenPendingReview = p.HiddenPendingReview,
                    OriginUrl = p.OriginUrl,
                },
                p.AuthorId,
                AuthorRoles = p.Author.Roles,
            })
            .ToListAsync(cancellationToken);

        // Which authors are delegates costs one query for the page (three when someone on it is one).
        var delegates = await delegateNotes.ForAsync(rows.Select(r => r.AuthorId).Distinct().ToList(), cancellationToken);

        // Two more queries for the whole page, never one per post: who liked what, and which posts answer which.
        var ids = rows.Select(r => r.View.Id).ToList();
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

        // The withdrawn and removed texts are kept too: who may read them is decided per reader (PostCapabilities).
        var posts = rows.Select(r => new SharedPost(
            r.View with
            {
                AuthorDelegate = delegates.GetValueOrDefault(r.AuthorId),
                LikedBy = likes.Where(l => l.PostId == r.View.Id).Select(l => l.UserName).Take(20).ToList(),
                Replies = replies.Where(x => x.ReplyToNumber == r.View.Number).Select(x => new ReplyRef(x.Number, x.UserName)).ToList(),
            },
            r.AuthorId,
            new PostStanding(r.View.Deleted, r.View.Removed, r.View.Hidden, r.AuthorRoles))).ToList();

        var events = header.ProposalId is { } proposalId && header.OwnProposalThreadId == header.Id && posts.Count > 0
            ? await ProposalEventsAsync(proposalId, header.PreviousPostAt, last >= header.PostCount ? null : posts[^1].View.CreatedAt, cancellationToken)
            : [];

        var thread = new ThreadDetail(
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
            new PagedList<PostView>([], query.Page, pageSize, header.PostCount))
        {
            ProposalEvents = events,
            OriginUrl = header.OriginUrl,
        };
        return new SharedThreadPage(thread, posts) { ChangesAt = delegateNotes.ChangesAt };
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

/// <summary>A thread page as every reader sees it, before their own marks and capabilities: what the cache keeps.</summary>
internal sealed record SharedThreadPage(ThreadDetail Thread, IReadOnlyList<SharedPost> Posts) : IKeptRows
{
    /// <summary>When a delegation of one of the page's authors ends: their delegate note changes with no write.</summary>
    public DateTimeOffset? ChangesAt { get; init; }
}

/// <summary>A post as every reader sees it, with what the domain's rules need to decide what one reader may do.</summary>
internal sealed record SharedPost(PostView View, int AuthorId, PostStanding Standing);

/// <summary>What one reader did to one post of the page.</summary>
internal sealed record ReaderMarks(bool Liked, bool Flagged, bool Appealed);

/// <summary>A row of the reader's marks query: a post of the page they liked, flagged or appealed.</summary>
internal sealed record ReaderMarkRow(int Id, bool Liked, bool Flagged, bool Appealed);

/// <summary>A row of the "first replies per post" query.</summary>
internal sealed record ListedReply(int ReplyToNumber, int Number, string UserName);
