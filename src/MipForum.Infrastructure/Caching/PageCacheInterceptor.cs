using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace MipForum.Infrastructure.Caching;

/// <summary>
/// Evicts the cached pages a write touched, from what was written rather than from what each use case remembers to
/// say: the tracked rows of a save (<see cref="PageCacheTags.Collect"/>) and the tables of set-based statements
/// (ExecuteUpdate/ExecuteDelete). Eviction follows the commit: at once for a save in its own transaction, at the commit of
/// an explicit transaction (nothing is evicted for one rolled back). The write's request therefore returns only after its
/// pages are gone, and the cache's generation check (Web's GatedOutputCacheStore) keeps a page rendered from the old
/// rows out of the cache. Mirrors <see cref="LiveUpdates.NotificationSignalInterceptor"/>'s transaction handling.
/// </summary>
public sealed class PageCacheInterceptor(IPageCacheEviction cache, ThreadPageCache threadPages) : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _saving = new();
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> _awaitingCommit = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterWrite(eventData.Context, Take(eventData.Context), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AfterWrite(eventData.Context, Take(eventData.Context), cancellationToken);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    // Statements outside a save: a save's own commands are covered by its tracked rows.
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Statement(command, eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Statement(command, eventData.Context, cancellationToken);
        return result;
    }

    // A write read back (INSERT … RETURNING) outside a save.
    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await Statement(command, eventData.Context, cancellationToken);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Statement(command, eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Committed(transaction, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await Committed(transaction, cancellationToken);

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

        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                PageCacheTags.Collect(entry, tags);
            }
        }

        _saving.AddOrUpdate(context, tags);
    }

    private HashSet<string>? Take(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var tags))
        {
            return null;
        }

        _saving.Remove(context);
        return tags;
    }

    private ValueTask Statement(DbCommand command, DbContext? context, CancellationToken cancellationToken)
    {
        if ((context is not null && _saving.TryGetValue(context, out _)) || Persistence.SqlStatement.IsRead(command.CommandText))
        {
            return ValueTask.CompletedTask;
        }

        var tags = new HashSet<string>(StringComparer.Ordinal);
        PageCacheTags.CollectStatement(command.CommandText, tags);
        return AfterWrite(context, tags, cancellationToken);
    }

    private ValueTask AfterWrite(DbContext? context, HashSet<string>? tags, CancellationToken cancellationToken)
    {
        if (tags is null || tags.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        if (context?.Database.CurrentTransaction?.GetDbTransaction() is { } open)
        {
            _awaitingCommit.GetValue(open, _ => new HashSet<string>(StringComparer.Ordinal)).UnionWith(tags);
            return ValueTask.CompletedTask;
        }

        return EvictAsync(tags, cancellationToken);
    }

    // The shared rows first: a page rendered between the two evictions must not be cached from rows the write changed
    // (the page cache's generation check holds only for requests begun before its own eviction).
    private ValueTask EvictAsync(HashSet<string> tags, CancellationToken cancellationToken)
    {
        threadPages.Evict(tags);
        return cache.EvictAsync(tags, cancellationToken);
    }

    private ValueTask Committed(DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!_awaitingCommit.TryGetValue(transaction, out var tags))
        {
            return ValueTask.CompletedTask;
        }

        _awaitingCommit.Remove(transaction);
        return EvictAsync(tags, cancellationToken);
    }
}
