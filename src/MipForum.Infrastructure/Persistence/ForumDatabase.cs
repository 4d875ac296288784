using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MipForum.Infrastructure.Persistence;

public static class ForumDatabase
{
    public const string ConnectionStringName = "Forum";

    /// <summary>The host's connection string, resolved against its content root: the database context and the key folder read the same file.</summary>
    public static string ResolveConnectionString(IServiceProvider provider)
    {
        var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return ResolveConnectionString(provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName), contentRoot);
    }

    /// <summary>The configured connection string, or a SQLite file under the app's App_Data folder.</summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/mipforum.db" : configured);
        var dataSource = builder.DataSource;
        var inMemory = dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !Path.IsPathRooted(dataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        }

        if (!inMemory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
