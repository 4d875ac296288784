using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MipForum.Domain.Common;

namespace MipForum.Infrastructure.Persistence;

/// <summary>
/// One concurrency convention for every aggregate root (<see cref="IVersioned"/>, ADR 0020): its <c>RowVersion</c> is
/// the row's only concurrency token, and every save that changes the row moves it by one. EF Core puts the version the
/// copy was read at into the UPDATE's WHERE, so a save from a stale copy matches no row and fails with
/// <see cref="DbUpdateConcurrencyException"/> instead of overwriting what was saved meanwhile. Bumped here, on save,
/// rather than in each entity method: a new method that changes a root cannot forget it. Set-based writes that bypass
/// the change tracker (the like count) bump it in their own statement.
/// </summary>
internal static class RowVersions
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.RowVersion)).IsConcurrencyToken();
        }
    }

    public static void Bump(ChangeTracker changeTracker)
    {
        // Changes are detected once before this (ForumDbContext.DetectChangesOnce): a root whose properties changed is Modified here, an untouched one is not.
        foreach (var entry in changeTracker.Entries<IVersioned>())
        {
            var version = entry.Property(e => e.RowVersion);
            switch (entry.State)
            {
                case EntityState.Added:
                    version.CurrentValue = 1;
                    break;

                // From the version it was read at, not the current value: a save retried after a failure bumps once.
                case EntityState.Modified:
                    version.CurrentValue = version.OriginalValue + 1;
                    break;
            }
        }
    }
}
