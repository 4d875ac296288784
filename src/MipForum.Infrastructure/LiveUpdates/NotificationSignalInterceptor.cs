using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Notifications;

namespace MipForum.Infrastructure.LiveUpdates;

/// <summary>
/// Signals the recipients of notifications that a save added or changed (marked read), once it is stored. One place
/// for every use case that notifies (replies, likes, moderation, appeals), instead of a publish call in each handler.
/// </summary>
public sealed class NotificationSignalInterceptor(INotificationSignals signals) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<int>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var recipients = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity.RecipientId)
            .ToHashSet();
        if (recipients.Count > 0)
        {
            _pending.AddOrUpdate(context, recipients);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var recipients))
        {
            _pending.Remove(context);
            foreach (var recipient in recipients)
            {
                signals.Publish(recipient);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
