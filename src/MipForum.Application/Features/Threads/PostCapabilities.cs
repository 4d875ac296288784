using MipForum.Application.Common.Security;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Threads;

/// <summary>
/// What one reader may do with the posts of a page: the pipeline's admission of each command (permission, suspension,
/// silence), worked out once per page, and the domain's rule for each post (<see cref="PostStanding"/>), from columns the
/// page query already loads. A page offers an action exactly when its command would be accepted.
/// </summary>
internal sealed class PostCapabilities
{
    private readonly Member? _reader;
    private readonly bool _edit;
    private readonly bool _withdraw;
    private readonly bool _like;
    private readonly bool _flag;
    private readonly bool _appeal;
    private readonly bool _moderate;
    private readonly bool _reply;
    private readonly bool _threadLocked;

    public PostCapabilities(Member? reader, bool threadLocked, DateTimeOffset now)
    {
        _reader = reader;
        _threadLocked = threadLocked;
        if (reader is null)
        {
            return;
        }

        _edit = CommandAdmission.Admits<EditPostCommand>(reader, Permission.EditOwnPost, now);
        _withdraw = CommandAdmission.Admits<WithdrawPostCommand>(reader, Permission.EditOwnPost, now);
        _like = CommandAdmission.Admits<LikePostCommand>(reader, Permission.LikePost, now);
        _flag = CommandAdmission.Admits<FlagPostCommand>(reader, Permission.FlagPost, now);
        _appeal = CommandAdmission.Admits<AppealModerationCommand>(reader, Permission.AppealModeration, now);
        _moderate = CommandAdmission.Admits<ModeratePostCommand>(reader, Permission.ModeratePost, now);
        _reply = CommandAdmission.Admits<ReplyToThreadCommand>(reader, Permission.ReplyToThread, now);
    }

    /// <summary>Whether the reader may reply to the thread (the pipeline's admission and the thread's lock).</summary>
    public bool MayReply => _reply && !_threadLocked;

    /// <summary>The reader is signed in and a staff member (they read withdrawn and removed texts).</summary>
    public bool ReaderIsStaff => _reader?.IsStaff == true;

    public bool IsReaderAuthor(int authorId) => _reader is not null && _reader.Id == authorId;

    /// <summary>The post as this reader sees it: the text only if they may read it, and what they may do with it.</summary>
    public PostView Apply(PostView post, PostStanding standing, int authorId, bool alreadyAppealed)
    {
        var byAuthor = IsReaderAuthor(authorId);
        return post with
        {
            Cooked = standing.IsTextReadableBy(byAuthor, ReaderIsStaff) ? post.Cooked : string.Empty,
            CanEdit = _edit && standing.MayBeEditedBy(byAuthor),
            CanWithdraw = _withdraw && standing.MayBeWithdrawnBy(byAuthor),
            CanLike = _like && standing.MayBeLikedBy(byAuthor),
            CanFlag = _flag && standing.MayBeFlaggedBy(byAuthor) && !post.FlaggedByMe,
            CanAppeal = _appeal && standing.MayBeAppealedBy(byAuthor, alreadyAppealed),
            CanModerate = _moderate && standing.MayBeModeratedBy(_reader!, byAuthor),
            CanAnswer = MayReply && standing.MayBeAnswered,
        };
    }
}
