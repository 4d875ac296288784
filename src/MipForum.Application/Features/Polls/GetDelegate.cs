using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Polls;

/// <summary>One member who delegates to the delegate, with their weight in the newest snapshot.</summary>
public sealed record DelegatorView(string UserName, decimal Weight, DateTimeOffset Since, DateTimeOffset? ExpiresAt);

/// <summary>One ballot the delegate cast in a closed poll, with the weight it carried (their own plus what was delegated).</summary>
public sealed record DelegateBallotView(int PollId, string Question, IReadOnlyList<string> Choices, decimal Weight, DateTimeOffset CastAt);

/// <summary>
/// A delegate's public page: who delegates to them and how much (in the newest snapshot, <see cref="SnapshotLabel"/>), and
/// every ballot they cast in a closed poll with the weight it carried. Open polls' ballots stay private until the close.
/// </summary>
public sealed record DelegateView(string UserName, string? SnapshotLabel, decimal OwnWeight, decimal DelegatedWeight, IReadOnlyList<DelegatorView> Delegators, IReadOnlyList<DelegateBallotView> Ballots);

public sealed record GetDelegateQuery(string UserName) : IQuery<DelegateView?>;

public sealed class GetDelegateQueryHandler(IForumDbContext db, TimeProvider time) : IQueryHandler<GetDelegateQuery, DelegateView?>
{
    public async ValueTask<DelegateView?> Handle(GetDelegateQuery query, CancellationToken cancellationToken)
    {
        var name = UserNameRules.Normalize(query.UserName.Trim().TrimStart('@'));
        var member = await db.Members.AsNoTracking().Where(m => m.NormalizedUserName == name).Select(m => new { m.Id, m.UserName }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.DelegateId == member.Id)
            .Select(d => new { d.DelegatorId, d.Delegator.UserName, d.Since, d.ExpiresAt }).ToListAsync(cancellationToken);
        var active = delegations.Where(d => d.ExpiresAt is not { } expiry || expiry > now).ToList();
        var newest = await db.WeightSnapshots.AsNoTracking().OrderByDescending(s => s.Id).Select(s => new { s.Id, s.Label }).FirstOrDefaultAsync(cancellationToken);
        var ids = active.Select(d => d.DelegatorId).Append(member.Id).ToList();
        var weights = newest is null ? [] : await db.WeightSnapshots.Where(s => s.Id == newest.Id).SelectMany(s => s.Entries)
            .Where(e => ids.Contains(e.MemberId)).ToDictionaryAsync(e => e.MemberId, e => e.Weight, cancellationToken);
        var delegators = active.Select(d => new DelegatorView(d.UserName, weights.GetValueOrDefault(d.DelegatorId), d.Since, d.ExpiresAt))
            .OrderByDescending(d => d.Weight).ThenBy(d => d.UserName, StringComparer.Ordinal).ToList();

        var ballots = await db.Ballots.AsNoTracking()
            .Where(b => b.VoterId == member.Id && db.Polls.Any(p => p.Id == b.PollId && p.ClosedAt != null))
            .Join(db.Polls, b => b.PollId, p => p.Id, (b, p) => new { b.PollId, p.Question, b.ChoiceList, b.Weight, b.CastAt, Options = p.Options.Select(o => new { o.Number, o.Text }).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var cast = ballots.OrderByDescending(b => b.CastAt).Select(b =>
        {
            var texts = b.Options.ToDictionary(o => o.Number, o => o.Text);
            var choices = b.ChoiceList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => texts.GetValueOrDefault(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture), c)).ToList();
            return new DelegateBallotView(b.PollId, b.Question, choices, b.Weight ?? 0m, b.CastAt);
        }).ToList();

        return new DelegateView(member.UserName, newest?.Label, weights.GetValueOrDefault(member.Id), delegators.Sum(d => d.Weight), delegators, cast);
    }
}
