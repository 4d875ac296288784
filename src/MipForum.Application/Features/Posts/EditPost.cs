using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Persistence;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Common;

namespace MipForum.Application.Features.Posts;

public sealed record EditedPost(int Id, int Version);

/// <summary>The author edits a post, naming the text version they started from; a stale version is a conflict, never an overwrite.</summary>
public sealed record EditPostCommand(int PostId, string Body, int Version) : ICommand<EditedPost>, IRequirePermission
{
    public Permission RequiredPermission => Permission.EditOwnPost;
}

public sealed class EditPostCommandValidator : AbstractValidator<EditPostCommand>
{
    public EditPostCommandValidator()
    {
        RuleFor(c => c.Body).ValidBody();
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Say which version of the post you edited.");
    }
}

public sealed class EditPostCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, TimeProvider time, ILiveUpdates live,
    IOptions<PostingOptions> posting, Moderation.PostingGate gate, Notifications.MentionLimit mentions, IDatabaseErrors errors, AnsweredPostsRule answeredPosts)
    : ICommandHandler<EditPostCommand, EditedPost>
{
    // A like or a moderator's action moves the post's row version too (ADR 0020) without making the editor's text stale:
    // a save that lost to one reloads and edits again, and Post.Edit then says whether the text itself moved on.
    private const int MaxAttempts = 5;

    public async ValueTask<EditedPost> Handle(EditPostCommand command, CancellationToken cancellationToken)
    {
        var body = (await cooker.CookAsync(command.Body, cancellationToken)).ShowingSomething();

        // A same-version edit saved first takes this edit's revision number (a unique key): the next attempt's Post.Edit
        // then finds the text version moved on and answers "reload".
        return await LostRaceRetry.RunAsync(db, MaxAttempts, "This post is changing very often right now (likes, moderation); your edit was not saved. Please try again in a moment.",
            ct => EditAsync(command, body, ct), cancellationToken, failure => errors.IsLostRace(failure));
    }

    private async Task<EditedPost> EditAsync(EditPostCommand command, CookedMarkdown body, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var editor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);

        // A silenced or suspended member cannot change what others read either.
        editor.EnsureMayPost(time.GetUtcNow());
        await mentions.EnsureWithinLimitAsync(editor.Id, body, cancellationToken);
        post.Edit(editor, body, command.Version, time.GetUtcNow(), TimeSpan.FromSeconds(posting.Value.EditGraceSeconds));

        // After Post.Edit (only the author gets here), before saving: an accepted post must not gain a new account's link.
        await gate.EnsureNewAccountMayLinkAsync(editor, body, cancellationToken);
        await answeredPosts.EnsureShownAsync(threadId: null, replyToNumber: null, body.References, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Edited));
        return new EditedPost(post.Id, post.Version);
    }
}
