using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

public sealed record FlagContext(int PostId, int ThreadId, int Number, string ThreadTitle, string AuthorUserName, string Cooked, FlagReason? MyReason, FlagStatus? MyStatus)
{
    /// <summary>A moderator removed the post (its text is no longer shown; <see cref="Cooked"/> is empty).</summary>
    public bool Removed { get; init; }

    /// <summary>Its author withdrew the post (<see cref="Cooked"/> is empty).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>Why the reader may not flag it now (<c>FlagPostCommand</c>), in the refusal's words; null when they may.</summary>
    public string? FlagRefusal { get; init; }

    /// <summary>Why the reader may not retract their flag (<c>RetractFlagCommand</c>); null when they may.</summary>
    public string? RetractRefusal { get; init; }

    /// <summary>The reader may flag it now: someone else's shown post, no flag of theirs standing, not silenced.</summary>
    public bool CanFlag => FlagRefusal is null;

    /// <summary>The reader may retract their flag: it is pending and flags did not hide the post.</summary>
    public bool CanRetract => RetractRefusal is null;
}

/// <summary>
/// The post a member is about to flag (or has flagged), for the flag page; null when there is no such post to flag.
/// A removed or withdrawn post is found only by those who flagged it, so they learn what became of their flag.
/// </summary>
public sealed record GetFlagContextQuery(int PostId) : IQuery<FlagContext?>;

public sealed class GetFlagContextQueryHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, SignedInReader signedIn) : IQueryHandler<GetFlagContextQuery, FlagContext?>
{
    public async ValueTask<FlagContext?> Handle(GetFlagContextQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? 0;
        var row = await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId)
            .Select(p => new
            {
                Context = new FlagContext(
                    p.Id,
                    p.ThreadId,
                    p.Number,
                    p.Thread.Title,
                    p.Author.UserName,
                    p.Cooked,
                    p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagReason?)f.Reason).FirstOrDefault(),
                    p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagStatus?)f.Status).FirstOrDefault())
                {
                    Removed = p.RemovedAt != null,
                    Withdrawn = p.DeletedAt != null,
                },
                p.AuthorId,
                Hidden = p.HiddenAt != null,
                p.HiddenPendingReview,
                Flagged = p.Flags.Any(f => f.FlaggerId == me),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // The text by the domain's reading rule; a post no longer shown is found only by those who flagged it.
        var standing = new PostStanding(row.Context.Withdrawn, row.Context.Removed, row.Hidden, MemberRoles.None);
        if (!standing.IsShown && !row.Flagged)
        {
            return null;
        }

        // What the reader may do: the pipeline's admission (suspension, silence) and the post's own rules.
        var reader = me == 0 ? null : await signedIn.FindAsync(me, cancellationToken);
        var now = time.GetUtcNow();
        var byAuthor = me != 0 && row.AuthorId == me;
        var flagStanding = row.Context.MyStatus is { } mine && mine != FlagStatus.Retracted;
        var context = row.Context with
        {
            FlagRefusal = Admission<FlagPostCommand>(reader, now)
                ?? standing.FlagRefusal(byAuthor)
                ?? (flagStanding ? "You have already flagged this post." : null),
            RetractRefusal = Admission<RetractFlagCommand>(reader, now) ?? Post.FlagRetractRefusal(row.Context.MyStatus, row.HiddenPendingReview),
        };
        var readable = standing.IsTextReadableBy(byAuthor, byStaff: reader?.IsStaff == true);
        return readable ? context : context with { Cooked = string.Empty };
    }

    // The pipeline's refusal of the command for this reader, in its words: suspended, no role for it, or silenced.
    private static string? Admission<TCommand>(Member? reader, DateTimeOffset now)
        where TCommand : IBaseCommand, IRequirePermission =>
        reader is null ? "Sign in first."
        : CommandAdmission.RefusalOf(reader, Permission.FlagPost, now)
            ?? (CommandAdmission.IsAllowedWhileSilenced(typeof(TCommand)) ? null : reader.SilenceRefusal(now));
}
