using FluentValidation;
using MipForum.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Persistence;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Moderation;

/// <summary>
/// What the flagger learns: whether the post is hidden now (readers see that anyway) and the state of their own flag,
/// never the other members' flags or their weight.
/// </summary>
public sealed record FlagResult(int PostId, bool Hidden, FlagStatus Status);

/// <summary>
/// A member flags a post. Its weight comes from their standing; enough pending weight hides the post pending review
/// (not in the thread of a live proposal), the author is told, and the public log records the automatic hide.
/// </summary>
public sealed record FlagPostCommand(int PostId, FlagReason Reason, string? Message = null) : ICommand<FlagResult>, IRequirePermission
{
    public Permission RequiredPermission => Permission.FlagPost;
}

public sealed class FlagPostCommandValidator : AbstractValidator<FlagPostCommand>
{
    public FlagPostCommandValidator()
    {
        RuleFor(c => c.Reason).IsInEnum().WithMessage("Choose a reason.");
        RuleFor(c => c.Message)
            .Must((command, message) => command.Reason != FlagReason.SomethingElse || Domain.Common.VisibleText.HasVisibleCharacter(message))
            .WithMessage("Say what is wrong when the reason is \"something else\".");
        RuleFor(c => c.Message).MaximumLength(Flag.MessageMaxLength).WithMessage($"A flag's message has at most {Flag.MessageMaxLength} characters.")
            .PlainText("A flag's message", allowLineBreaks: true);
    }
}

public sealed class FlagPostCommandHandler(IForumDbContext db, ICurrentUser currentUser, TrustCalculator trust, IOptions<ModerationOptions> options, TimeProvider time, IDatabaseErrors errors)
    : ICommandHandler<FlagPostCommand, FlagResult>
{
    // A like between the read and the save moves the post's row version when the flag hides the post: flag again on
    // the fresh row. The unique (post, flagger) key is not a lost race but this member's own earlier flag.
    private const int MaxAttempts = 5;

    public async ValueTask<FlagResult> Handle(FlagPostCommand command, CancellationToken cancellationToken) =>
        await LostRaceRetry.RunAsync(db, MaxAttempts, "This post is changing very often right now; your flag was not saved. Please try again in a moment.",
            ct => FlagAsync(command, ct), cancellationToken);

    private async Task<FlagResult> FlagAsync(FlagPostCommand command, CancellationToken cancellationToken)
    {
        var flaggerId = currentUser.MemberId ?? throw new NotSignedInException();
        var post = await db.Posts
            .Include(p => p.Flags)
            .Include(p => p.Author)
            .Include(p => p.Thread).ThenInclude(t => t.Author)
            .Include(p => p.Thread).ThenInclude(t => t.Proposal).ThenInclude(p => p!.CoAuthors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var flagger = await db.Members.SingleAsync(m => m.Id == flaggerId, cancellationToken);
        var standing = await trust.ForAsync(flaggerId, cancellationToken);
        var weight = TrustRules.FlagWeight(standing.Level, standing.Facts);

        // Criticism of a proposal that is open for comments or up for a vote must stay visible: review only. Only in
        // threads the proposal opened or its authors or staff attached, or attaching would shield any thread.
        var live = post.Thread.ShieldsLiveProposalCriticism;
        var now = time.GetUtcNow();
        var hidden = post.AddFlag(flagger, command.Reason, command.Message, weight, live, options.Value.HideThreshold, now, currentUser.AddressHash);
        if (hidden)
        {
            var flaggers = post.Flags.Count(f => f.IsPending);
            ModerationLogWriter.Post(db, ModerationAction.AutoHidePost, null, post, post.Thread.Title, $"Hidden pending review: flagged as {post.HiddenReason} by {flaggers} members.", now);
            db.Notifications.Add(Notification.AboutModeration(post.AuthorId, NotificationKind.PostHidden, post.ThreadId, post.Number, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure) when (errors.IsUniqueViolation(failure))
        {
            // The unique (post, flagger) index: the same member's parallel request got there first.
            throw new DomainRuleException("You have already flagged this post.");
        }

        return new FlagResult(post.Id, post.IsHidden, FlagStatus.Pending);
    }
}
