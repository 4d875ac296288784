using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Polls;

/// <summary>The uploaded weight snapshots, newest first: for the poll form's choice and the admin page. Public, like the polls they weigh.</summary>
public sealed record ListWeightSnapshotsQuery : IQuery<IReadOnlyList<WeightSnapshotView>>;

public sealed class ListWeightSnapshotsQueryHandler(IForumDbContext db) : IQueryHandler<ListWeightSnapshotsQuery, IReadOnlyList<WeightSnapshotView>>
{
    public async ValueTask<IReadOnlyList<WeightSnapshotView>> Handle(ListWeightSnapshotsQuery query, CancellationToken cancellationToken) =>
        await db.WeightSnapshots.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new WeightSnapshotView(s.Id, s.Label, s.UploadedAt, s.Entries.Count, s.TotalWeight)).Take(100).ToListAsync(cancellationToken);
}
