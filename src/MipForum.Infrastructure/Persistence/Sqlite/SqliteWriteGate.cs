using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite takes one writer at a time. Left to itself, every other writer's connection waits in SQLite's busy handler,
/// which sleeps a thread-pool thread in growing steps: 32 concurrent writers then mean blocked threads, a starved pool
/// and writes spaced by the sleeps, not by the work. This gate queues this process's writers asynchronously instead:
/// a connection takes it before it writes (a transaction, which every save of several statements opens, or a write
/// statement outside one) and gives it back when that commits, rolls back or ends, or at the latest when the
/// connection closes. Writers of another process
/// (an operator command) still meet busy_timeout. One gate per forum database: registered as a singleton.
/// </summary>
internal sealed class SqliteWriteGate : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Holder> _holders = new();

    private enum HeldBy
    {
        Transaction,
        Statement,
    }

    private sealed class Holder(HeldBy by)
    {
        public HeldBy By { get; } = by;
    }

    // A transaction: the one EF Core opens around a save (after every SavingChanges interceptor ran, so a test's racing
    // write there still gets in first) or a handler's own; held until it commits or rolls back.
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, HeldBy.Transaction, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection, HeldBy.Transaction);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(Connection(eventData.Context), HeldBy.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Connection(eventData.Context), HeldBy.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(Connection(eventData.Context), HeldBy.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Connection(eventData.Context), HeldBy.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(Connection(eventData.Context), HeldBy.Transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Connection(eventData.Context), HeldBy.Transaction);
        return Task.CompletedTask;
    }

    // A set-based write outside a save or transaction (ExecuteUpdate, ExecuteDelete): held for the statement.
    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (IsWrite(command))
        {
            await EnterAsync(command.Connection, HeldBy.Statement, cancellationToken);
        }

        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsWrite(command))
        {
            Enter(command.Connection, HeldBy.Statement);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsWrite(command))
        {
            await EnterAsync(command.Connection, HeldBy.Statement, cancellationToken);
        }

        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (IsWrite(command))
        {
            Enter(command.Connection, HeldBy.Statement);
        }

        return result;
    }

    // A write read back (INSERT … RETURNING) ends when its reader does.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Leave(command.Connection, HeldBy.Statement);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command.Connection, HeldBy.Statement);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command.Connection, HeldBy.Statement);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command.Connection, HeldBy.Statement);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command.Connection, HeldBy.Statement);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command.Connection, HeldBy.Statement);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command.Connection, HeldBy.Statement);
        return Task.CompletedTask;
    }

    // The safety net: whatever a connection still holds (a transaction disposed without commit or rollback) is given back
    // when it closes, which the context's disposal always does.
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveAny(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveAny(connection);
        return ValueTask.FromResult(result);
    }

    // A context's disposal closes its connection without ConnectionClosing (a BEGIN that failed or was cancelled after
    // the gate was taken leaves no transaction to end): disposal gives the gate back too.
    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveAny(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveAny(connection);
        return ValueTask.FromResult(result);
    }

    private static DbConnection? Connection(DbContext? context) => context?.Database.GetDbConnection();

    private static bool IsWrite(DbCommand command) => !SqlStatement.IsRead(command.CommandText);

    private async ValueTask EnterAsync(DbConnection? connection, HeldBy by, CancellationToken cancellationToken)
    {
        if (connection is null || _holders.TryGetValue(connection, out _))
        {
            return; // already held by this connection (a statement inside its transaction)
        }

        // A bounded wait: should a holder ever leak, writers fall back to SQLite's own busy handling instead of hanging.
        if (await _gate.WaitAsync(Patience, cancellationToken))
        {
            _holders.Add(connection, new Holder(by));
        }
    }

    private void Enter(DbConnection? connection, HeldBy by)
    {
        if (connection is null || _holders.TryGetValue(connection, out _))
        {
            return;
        }

        if (_gate.Wait(Patience))
        {
            _holders.Add(connection, new Holder(by));
        }
    }

    private void Leave(DbConnection? connection, HeldBy by)
    {
        if (connection is not null && _holders.TryGetValue(connection, out var holder) && holder.By == by)
        {
            _holders.Remove(connection);
            _gate.Release();
        }
    }

    private void LeaveAny(DbConnection connection)
    {
        if (_holders.TryGetValue(connection, out _))
        {
            _holders.Remove(connection);
            _gate.Release();
        }
    }
}
