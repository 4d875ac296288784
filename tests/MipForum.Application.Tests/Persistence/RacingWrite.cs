using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MipForum.Application.Tests.Persistence;

/// <summary>
/// Once armed, runs a competing write (another request's, in its own scope) just before the next save, after the command
/// read what it changes: the command then saves from a stale copy. Fires once; the competing save does not re-trigger it.
/// </summary>
internal sealed class RacingWrite : SaveChangesInterceptor
{
    private Func<Task>? _competitor;

    public int Raced { get; private set; }

    public void Arm(Func<Task> competitor) => _competitor = competitor;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _competitor, null) is { } competitor)
        {
            Raced++;
            await competitor();
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
