using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

public sealed record PollSummary(int Id, string Question, PollType Type, int ThreadId, string ThreadTitle, string ThreadSlug, string? ProposalCode,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, int Ballots, string? Outcome);

public sealed record PollList(IReadOnlyList<PollSummary> Open, IReadOnlyList<PollSummary> Recent);

/// <summary>Open and scheduled polls (closing soonest first), and the most recently closed ones with their outcomes.</summary>
public sealed record ListPollsQuery(int RecentCount = 20) : IQuery<PollList>;

public sealed class ListPollsQueryHandler(IForumDbContext db) : IQueryHandler<ListPollsQuery, PollList>
{
    private const int MostOpen = 100;

    public async ValueTask<PollList> Handle(ListPollsQuery query, CancellationToken cancellationToken)
    {
        var open = await PollSummaries.ReadAsync(db.Polls.Where(p => p.ClosedAt == null).OrderBy(p => p.ClosesAt).Take(MostOpen), cancellationToken);
        var recent = await PollSummaries.ReadAsync(db.Polls.Where(p => p.ClosedAt != null).OrderByDescending(p => p.ClosedAt).Take(Math.Clamp(query.RecentCount, 1, 100)), cancellationToken);
        return new PollList(open, recent);
    }
}
