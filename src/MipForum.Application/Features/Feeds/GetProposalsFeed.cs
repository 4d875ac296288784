using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Feeds;

/// <summary>
/// New proposals and status changes, newest first (/proposals.rss): every transition of a published proposal, each with
/// its reason. Drafts have none, so they never appear.
/// </summary>
public sealed record GetProposalsFeedQuery : IQuery<Feed>;

public sealed class GetProposalsFeedQueryHandler(IForumDbContext db) : IQueryHandler<GetProposalsFeedQuery, Feed>
{
    public async ValueTask<Feed> Handle(GetProposalsFeedQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.ProposalTransitions.AsNoTracking()
            .Where(t => t.Proposal.Code != null)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
            .Take(Feed.Size)
            .Select(t => new { t.Id, Code = t.Proposal.Code!, t.Proposal.Title, t.Proposal.Summary, t.From, t.To, t.Reason, Actor = t.Actor.DisplayName, t.At })
            .ToListAsync(cancellationToken);
        var items = rows.Select(t => new FeedItem(
            $"transition-{t.Id}",
            t.From is null ? $"{t.Code}: {t.Title} (new, {t.To.DisplayName()})" : $"{t.Code}: {t.Title} moved to {t.To.DisplayName()}",
            ForumLinks.Proposal(t.Code),
            $"<p>{System.Net.WebUtility.HtmlEncode(t.Summary)}</p><p>{System.Net.WebUtility.HtmlEncode(t.Reason)}</p>",
            t.Actor,
            t.At)).ToList();
        return new Feed("MipForum: proposals", "New proposals and status changes.", ForumLinks.Proposals, items);
    }
}
