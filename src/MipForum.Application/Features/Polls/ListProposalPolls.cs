using Mediator;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Polls;

/// <summary>The polls held in a proposal's threads, newest first, for its page.</summary>
public sealed record ListProposalPollsQuery(int ProposalId) : IQuery<IReadOnlyList<PollSummary>>;

public sealed class ListProposalPollsQueryHandler(IForumDbContext db) : IQueryHandler<ListProposalPollsQuery, IReadOnlyList<PollSummary>>
{
    public async ValueTask<IReadOnlyList<PollSummary>> Handle(ListProposalPollsQuery query, CancellationToken cancellationToken) =>
        await PollSummaries.ReadAsync(db.Polls.Where(p => p.Thread.ProposalId == query.ProposalId).OrderByDescending(p => p.Id).Take(20), cancellationToken);
}
