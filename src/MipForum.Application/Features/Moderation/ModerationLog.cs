using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>Writes entries of the public moderation log with labels that read on their own.</summary>
internal static class ModerationLogWriter
{
    public static void Post(IForumDbContext db, ModerationAction action, int? moderatorId, Post post, string threadTitle, string reason, DateTimeOffset at) =>
        db.ModerationLog.Add(new ModerationLogEntry(action, moderatorId, ModerationTarget.Post, post.Id, $"post #{post.Number} in “{threadTitle}”", reason, at));

    public static void Thread(IForumDbContext db, ModerationAction action, int moderatorId, ForumThread thread, string reason, DateTimeOffset at) =>
        db.ModerationLog.Add(new ModerationLogEntry(action, moderatorId, ModerationTarget.Thread, thread.Id, $"“{thread.Title}”", reason, at));

    public static void Member(IForumDbContext db, ModerationAction action, int moderatorId, Member member, string reason, DateTimeOffset at) =>
        db.ModerationLog.Add(new ModerationLogEntry(action, moderatorId, ModerationTarget.Member, member.Id, "@" + member.UserName, reason, at));
}
