using Microsoft.Data.Sqlite;
using MipForum.Infrastructure.Persistence;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Web.Background;

/// <summary>
/// While the forum serves, it holds <see cref="DatabaseInUse"/> on its database, so <c>restore</c> refuses to replace
/// it. Commands do not start hosted services, so a command never holds it. A second forum on the same file still starts
/// (SQLite allows it) and says it cannot hold the lock.
/// </summary>
internal sealed partial class DatabaseInUseHold(IServiceProvider services, ILogger<DatabaseInUseHold> logger) : IHostedService
{
    private DatabaseInUse? _held;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(ForumDatabase.ResolveConnectionString(services)).DataSource;
        if (file.Length == 0 || file == ":memory:")
        {
            return Task.CompletedTask;
        }

        _held = DatabaseInUse.TryTake(file);
        if (_held is null)
        {
            LogNotHeld(file);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _held?.Dispose();
        _held = null;
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process holds the in-use lock of {File}; a restore will refuse while it runs.")]
    private partial void LogNotHeld(string file);
}
