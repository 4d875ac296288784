using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;
using MipForum.Domain.Polls;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Caching;

/// <summary>
/// The vocabulary of cached pages' tags and which tags a written row touches (ADR 0026). A thread's pages and API read
/// carry <c>thread:{id}</c>; every page that summarises across threads (lists, proposals, profiles, the moderation log,
/// polls) carries <see cref="Lists"/>; every cached answer carries <see cref="Everything"/>. A row of a kind not named here
/// evicts everything: a new entity is exact before anyone thinks about its pages, and only slower to cache.
/// </summary>
public static class PageCacheTags
{
    public const string Everything = "forum";

    public const string Lists = "lists";

    /// <summary>Every thread's pages: for writes that name rows, not threads (a set-based like count, a ballot).</summary>
    public const string Threads = "threads";

    public static string Thread(int id) => $"thread:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Adds the tags of the pages that show this row as it was before and after the save.</summary>
    public static void Collect(EntityEntry entry, HashSet<string> tags)
    {
        switch (entry.Entity)
        {
            case Post post:
                tags.Add(Thread(post.ThreadId));
                tags.Add(Lists);
                break;
            case ForumThread thread:
                tags.Add(Thread(thread.Id));
                tags.Add(Lists);
                break;
            case PostLike:
                // Who liked a post shows on its thread's page; the like row names the post, not the thread.
                tags.Add(Threads);
                tags.Add(Lists);
                break;
            case PostRevision or ModerationLogEntry or Flag or Appeal:
                // A revision's text is on the post row, saved with it; the log and profiles list these.
                tags.Add(Lists);
                break;
            case Poll poll:
                tags.Add(Thread(poll.ThreadId));
                tags.Add(Lists);
                break;
            case Ballot or PollOption or Delegation or WeightSnapshot:
                tags.Add(Threads);
                tags.Add(Lists);
                break;

            // What no cached (anonymous) page shows: a member's own notifications, keys and credentials.
            case Notification or ApiKey or ForumUser:
                break;
            case Member when OnlyPrivateChanged(entry):
                break;
            default:
                if (!IsCredential(entry))
                {
                    tags.Add(Everything);
                }

                break;
        }
    }

    // Identity rows of other shapes (tokens, claims, logins) are credentials too.
    private static bool IsCredential(EntityEntry entry) =>
        entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true;

    // A member row whose row version alone moved (a child of the aggregate changed, ADR 0020) changes no page by itself.
    private static bool OnlyPrivateChanged(EntityEntry entry) =>
        entry.State == EntityState.Modified && entry.Properties.Where(p => p.IsModified).All(p => PrivateMemberProperties.Contains(p.Metadata.Name));

    private static readonly HashSet<string> PrivateMemberProperties = ["RowVersion"];

    /// <summary>Tags for a statement run outside SaveChanges (ExecuteUpdate, ExecuteDelete, raw SQL), from its table.</summary>
    public static void CollectStatement(string sql, HashSet<string> tags)
    {
        if (SqlStatement.IsRead(sql))
        {
            return; // reads and PRAGMAs
        }

        switch (SqlStatement.WrittenTable(sql))
        {
            case "Posts" or "PostLikes":
                tags.Add(Threads);
                tags.Add(Lists);
                break;
            case "ApiKeys" or "Notifications":
                break;
            case var table when table.Contains("Search", StringComparison.Ordinal):
                break;
            default:
                tags.Add(Everything); // any other statement, or one whose table is not read here: everything, to be exact
                break;
        }
    }
}
