using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// A closed poll's ballots as CSV, for anyone to recount: a comment line with the rule, the seed and the options, then
/// <c>voter,choices,weight,castAt</c> with choices as option ids separated by <c>;</c> in the voter's order. Null when
/// there is no such poll; refused while the poll is open (ballots are private until the close).
/// </summary>
public sealed record GetPollBallotsQuery(int PollId) : IQuery<string?>;

public sealed class GetPollBallotsQueryHandler(IForumDbContext db) : IQueryHandler<GetPollBallotsQuery, string?>
{
    public async ValueTask<string?> Handle(GetPollBallotsQuery query, CancellationToken cancellationToken)
    {
        var poll = await db.Polls.AsNoTracking().Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == query.PollId, cancellationToken);
        if (poll is null)
        {
            return null;
        }

        if (poll.ClosedAt is null)
        {
            throw new DomainRuleException("The ballots are published when the poll closes.");
        }

        var ballots = await db.Ballots.AsNoTracking().Where(b => b.PollId == poll.Id)
            .Select(b => new { b.Voter.UserName, b.ChoiceList, b.Weight, b.CastAt }).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"# poll {poll.Id}: {Cell(poll.Question)}; type {poll.Type}; rule {Cell(poll.Rule.Describe())}; seed {poll.Seed}\n");
        csv.Append(CultureInfo.InvariantCulture, $"# options: {string.Join("; ", poll.Options.OrderBy(o => o.Number).Select(o => $"{o.Number}={Cell(o.Text)}{(o.IsAbstain ? " (abstain)" : "")}"))}\n");
        csv.Append("voter,choices,weight,castAt\n");
        foreach (var ballot in ballots.OrderBy(b => b.UserName, StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{ballot.UserName},{ballot.ChoiceList.Replace(',', ';')},{(ballot.Weight ?? 0m).ToString("0.############################", CultureInfo.InvariantCulture)},{ballot.CastAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n");
        }

        return csv.ToString();
    }

    // Comment lines are free text; keep them on one line, and no spreadsheet formula can start a cell.
    private static string Cell(string text) => text.ReplaceLineEndings(" ").TrimStart('=', '+', '-', '@');
}
