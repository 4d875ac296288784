using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Threads.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Discussions;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Threads.Import;

/// <summary>The Discourse topic files under tests/fixtures/discourse, and reading back what an import stored.</summary>
internal static class DiscourseFixtures
{
    public const string Source = "https://forum.example.org";

    public static DiscourseTopicFile File(string name) =>
        new(name, System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "discourse", name)));

    public static ImportDiscourseCommand Import(params string[] names) =>
        new(names.Select(File).ToList(), "mips", Source);

    public static Task<ForumThread> ThreadAsync(this ForumTestHost host, long topicId) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Threads.AsNoTracking()
            .Include(t => t.Posts.OrderBy(p => p.Number)).ThenInclude(p => p.Author)
            .Include(t => t.Posts).ThenInclude(p => p.Revisions)
            .SingleAsync(t => t.OriginId == topicId, TestContext.Current.CancellationToken));

    public static Task<T> ReadAsync<T>(this ForumTestHost host, Func<ForumDbContext, Task<T>> read) =>
        host.InScopeAsync(services => read(services.GetRequiredService<ForumDbContext>()));
}
