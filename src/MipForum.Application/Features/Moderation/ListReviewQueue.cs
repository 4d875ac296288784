using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Moderation;

public sealed record FlagView(FlagReason Reason, string? Message, MemberRef Flagger, int Weight, DateTimeOffset At);

/// <summary>What the author has been through before: posts written, and how many of them moderators hid or removed.</summary>
public sealed record AuthorHistory(int Posts, int Hidden, int Removed, DateTimeOffset JoinedAt);

/// <summary>A post waiting for review, with its context, its pending flags and its author's history.</summary>
public sealed record ReviewItem(
    int PostId,
    int Number,
    int ThreadId,
    string ThreadSlug,
    string ThreadTitle,
    MemberRef Author,
    string Cooked,
    DateTimeOffset CreatedAt,
    bool Hidden,
    string? HiddenReason,
    bool Removed,
    bool EditedWhileHidden,
    IReadOnlyList<FlagView> Flags,
    AuthorHistory History)
{
    /// <summary>The author is a Moderator or an Admin: flags did not hide the post, and only an admin decides it.</summary>
    public bool AuthorIsStaff { get; init; }

    /// <summary>Whether the caller may decide this item (a staff post is an admin's: <see cref="Domain.Members.Member.MayJudgePostsBy"/>).</summary>
    public bool CanDecide { get; init; }

    /// <summary>Whether agreeing may remove the post (<see cref="Domain.Discussions.Post.IsRemovable"/>: not the thread's first post).</summary>
    public bool CanRemove { get; init; }

    /// <summary>Signs that the pending flags were coordinated ("coordinated?"); null when there are none.</summary>
    public FlagBurst? Coordinated { get; init; }
}

/// <summary>The review queue (moderators): posts with pending flags or edited while hidden, most-flagged first, at most 50.</summary>
public sealed record ListReviewQueueQuery : IQuery<IReadOnlyList<ReviewItem>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ReviewQueue;
}

public sealed class ListReviewQueueQueryHandler(IForumDbContext db, ICurrentUser currentUser, IOptions<ModerationOptions> options) : IQueryHandler<ListReviewQueueQuery, IReadOnlyList<ReviewItem>>
{
    public async ValueTask<IReadOnlyList<ReviewItem>> Handle(ListReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var caller = await db.Members.AsNoTracking().SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var posts = await db.Posts.AsNoTracking()
            // A flag saved while a decision was in flight stays pending: it must still reach the queue.
            .Where(p => p.NeedsReview || p.Flags.Any(f => f.Status == FlagStatus.Pending))
            .OrderByDescending(p => p.Flags.Where(f => f.Status == FlagStatus.Pending).Sum(f => f.Weight))
            // New accounts' flags weigh 0: among equals, more flags first, so a burst of them is not buried.
            .ThenByDescending(p => p.Flags.Count(f => f.Status == FlagStatus.Pending))
            .ThenBy(p => p.Id)
            .Take(50)
            .Select(p => new
            {
                p.Id,
                p.Number,
                p.ThreadId,
                p.Thread.Slug,
                p.Thread.Title,
                Author = new MemberRef(p.Author.UserName, p.Author.DisplayName),
                p.AuthorId,
                p.Cooked,
                p.CreatedAt,
                p.HiddenAt,
                p.HiddenReason,
                p.RemovedAt,
                p.HiddenPendingReview,
                p.Author.JoinedAt,
                p.Author.Roles,
            })
            .ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        var authorIds = posts.Select(p => p.AuthorId).Distinct().ToList();
        var flags = await db.Flags.AsNoTracking()
            .Where(f => ids.Contains(f.PostId) && f.Status == FlagStatus.Pending)
            .OrderBy(f => f.CreatedAt)
            .Select(f => new
            {
                f.PostId,
                View = new FlagView(f.Reason, f.Message, new MemberRef(f.Flagger.UserName, f.Flagger.DisplayName), f.Weight, f.CreatedAt),
                Origin = new FlagOrigin(f.Flagger.JoinedAt, f.AddressHash),
            })
            .ToListAsync(cancellationToken);
        var histories = await db.Posts.AsNoTracking()
            .Where(p => authorIds.Contains(p.AuthorId))
            .GroupBy(p => p.AuthorId)
            .Select(g => new { AuthorId = g.Key, Posts = g.Count(), Hidden = g.Count(p => p.HiddenAt != null), Removed = g.Count(p => p.RemovedAt != null) })
            .ToListAsync(cancellationToken);
        var rules = options.Value;
        return posts.Select(p =>
        {
            var history = histories.Single(h => h.AuthorId == p.AuthorId);
            var onPost = flags.Where(f => f.PostId == p.Id).ToList();
            var pending = onPost.Select(f => f.View).ToList();
            var burst = FlagBurst.Of(onPost.Select(f => f.Origin), rules.CoordinatedFlagsMinimum, TimeSpan.FromMinutes(rules.CoordinatedFlagsJoinWindowMinutes));
            return new ReviewItem(
                p.Id, p.Number, p.ThreadId, p.Slug, p.Title, p.Author, p.Cooked, p.CreatedAt,
                p.HiddenAt != null, p.HiddenReason, p.RemovedAt != null,
                EditedWhileHidden: (p.HiddenAt != null || p.RemovedAt != null) && pending.Count == 0,
                pending,
                new AuthorHistory(history.Posts, history.Hidden, history.Removed, p.JoinedAt))
            {
                AuthorIsStaff = p.Roles.IsStaff(),
                CanDecide = caller.MayJudgePostsBy(p.Roles),
                CanRemove = Domain.Discussions.Post.IsRemovable(p.Number),
                Coordinated = burst.IsSuspect ? burst : null,
            };
        }).ToList();
    }
}
