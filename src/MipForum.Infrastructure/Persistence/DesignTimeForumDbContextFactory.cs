using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Infrastructure.Persistence;

/// <summary>Used only by `dotnet ef` to build migrations.</summary>
internal sealed class DesignTimeForumDbContextFactory : IDesignTimeDbContextFactory<ForumDbContext>
{
    public ForumDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ForumDbContext>();
        options.UseForumSqlite("Data Source=design-time.db");
        return new ForumDbContext(options.Options);
    }
}
