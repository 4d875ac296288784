using Microsoft.EntityFrameworkCore;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>Polls as lists show them (the poll list, a proposal's page): one query for any number of polls.</summary>
internal static class PollSummaries
{
    public static async Task<List<PollSummary>> ReadAsync(IQueryable<Poll> polls, CancellationToken cancellationToken)
    {
        var rows = await polls.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Question, p.Type, p.ThreadId, p.Thread.Title, p.Thread.Slug, ProposalCode = p.Thread.Proposal != null ? p.Thread.Proposal.Code : null,
                p.OpensAt, p.ClosesAt, p.ClosedAt, Ballots = p.Ballots.Count, p.Result,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PollSummary(r.Id, r.Question, r.Type, r.ThreadId, r.Title, r.Slug, r.ProposalCode, r.OpensAt, r.ClosesAt, r.ClosedAt, r.Ballots, r.Result?.Outcome.Explanation))];
    }
}
