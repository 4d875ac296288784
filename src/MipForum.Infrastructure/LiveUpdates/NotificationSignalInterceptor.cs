using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Notifications;

namespace MipForum.Infrastructure.LiveUpdates;

/// <summary>
/// Signals the recipients of notifications that a save added or changed (marked read), once it is committed. One place
/// for every use case that notifies (replies, likes, moderation, appeals), instead of a publish call in each handler.
/// A save inside an explicit transaction (a new thread's two saves, a like with its count, ADR 0019) is not committed
/// when it returns: its recipients wait for that transaction's commit and are dropped when it rolls back, fails or is
/// disposed without a commit, so a bell never counts again for a notification that was never stored.
/// </summary>
public sealed class NotificationSignalInterceptor(INotificationSignals signals) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<int>> _saving = new();

    // Keyed by the transaction, not the context: a transaction disposed without commit or rollback (an exception in a
    // handler's `await using`) leaves its entry to the garbage collector, and a later transaction on the same context
    // (a retry) cannot pick it up.
    private readonly ConditionalWeakTable<DbTransaction, HashSet<int>> _awaitingCommit = new();

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
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _awaitingCommit.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _awaitingCommit.Remove(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit.Remove(transaction);
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
            _saving.AddOrUpdate(context, recipients);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var recipients))
        {
            return;
        }

        _saving.Remove(context);

        // A save without a transaction of the caller's ran in its own, already committed when SavedChanges runs.
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } open)
        {
            _awaitingCommit.GetValue(open, _ => []).UnionWith(recipients);
            return;
        }

        Signal(recipients);
    }

    private void Committed(DbTransaction transaction)
    {
        if (_awaitingCommit.TryGetValue(transaction, out var recipients))
        {
            _awaitingCommit.Remove(transaction);
            Signal(recipients);
        }
    }

    private void Signal(HashSet<int> recipients)
    {
        foreach (var recipient in recipients)
        {
            signals.Publish(recipient);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }
}
