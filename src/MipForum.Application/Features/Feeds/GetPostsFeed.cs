using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Feeds;

/// <summary>
/// The newest posts of one thread (/t/{id}.rss) or of one member (/u/{userName}.rss) that anyone may read: withdrawn,
/// removed and hidden posts are left out, so a feed never carries text the thread page would not show a reader at once.
/// Null when the thread or the member does not exist.
/// </summary>
public sealed record GetPostsFeedQuery(int? ThreadId = null, string? UserName = null) : IQuery<Feed?>;

public sealed class GetPostsFeedQueryValidator : AbstractValidator<GetPostsFeedQuery>
{
    public GetPostsFeedQueryValidator()
    {
        RuleFor(q => q).Must(q => (q.ThreadId is null) != (q.UserName is null)).WithMessage("A posts feed is of one thread or one member.");
        RuleFor(q => q.ThreadId).GreaterThan(0).When(q => q.ThreadId is not null);
    }
}

public sealed class GetPostsFeedQueryHandler(IForumDbContext db) : IQueryHandler<GetPostsFeedQuery, Feed?>
{
    public async ValueTask<Feed?> Handle(GetPostsFeedQuery query, CancellationToken cancellationToken)
    {
        var posts = db.Posts.AsNoTracking().Where(p => p.DeletedAt == null && p.RemovedAt == null && p.HiddenAt == null);
        Feed shell;
        if (query.ThreadId is { } threadId)
        {
            var thread = await db.Threads.AsNoTracking().Where(t => t.Id == threadId).Select(t => new { t.Title, t.Slug }).SingleOrDefaultAsync(cancellationToken);
            if (thread is null)
            {
                return null;
            }

            posts = posts.Where(p => p.ThreadId == threadId);
            shell = new Feed($"MipForum: {thread.Title}", $"The newest posts in “{thread.Title}”.", ForumLinks.Thread(threadId, thread.Slug), []);
        }
        else
        {
            var name = UserNameRules.Normalize(query.UserName!.Trim().TrimStart('@'));
            var member = await db.Members.AsNoTracking().Where(m => m.NormalizedUserName == name).Select(m => new { m.Id, m.UserName, m.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            if (member is null)
            {
                return null;
            }

            posts = posts.Where(p => p.AuthorId == member.Id);
            shell = new Feed($"MipForum: posts by {member.DisplayName} (@{member.UserName})", $"The newest posts by @{member.UserName}.", ForumLinks.Member(member.UserName), []);
        }

        var rows = await posts
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Take(Feed.Size)
            .Select(p => new { p.Id, p.Number, p.ThreadId, ThreadTitle = p.Thread.Title, p.Cooked, Author = p.Author.DisplayName, p.CreatedAt })
            .ToListAsync(cancellationToken);
        return shell with
        {
            Items = rows.Select(p => new FeedItem(
                $"post-{p.Id}", p.Number == 1 ? p.ThreadTitle : $"#{p.Number} in {p.ThreadTitle}", ForumLinks.PostById(p.ThreadId, p.Number), p.Cooked, p.Author, p.CreatedAt)).ToList(),
        };
    }
}
