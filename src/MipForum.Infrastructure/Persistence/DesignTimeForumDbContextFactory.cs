using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MipForum.Infrastructure.Persistence;

/// <summary>Used only by `dotnet ef` to build migrations.</summary>
internal sealed class DesignTimeForumDbContextFactory : IDesignTimeDbContextFactory<ForumDbContext>
{
    public ForumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ForumDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(ForumDbContext).Assembly.FullName))
            .Options);
}
