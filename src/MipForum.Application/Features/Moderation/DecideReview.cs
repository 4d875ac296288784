using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Persistence;
using MipForum.Application.Common.Security;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Moderation;

/// <summary>How many items were decided; in a batch, the ones a rule refused are skipped and listed with the reason.</summary>
public sealed record ReviewOutcome(int Decided, IReadOnlyList<string> Skipped);

/// <summary>
/// A moderator decides on one or more review items (several at once for spam): agree (hide, or remove; optionally
/// silence the author for some days), disagree (restore; the flags count against their flaggers), or defer.
/// Every decision is written to the public log with the note.
/// </summary>
public sealed record DecideReviewCommand(
    IReadOnlyList<int> PostIds,
    ReviewDecision Decision,
    string Note,
    bool Remove = false,
    int? SilenceAuthorDays = null) : ICommand<ReviewOutcome>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ReviewQueue;
}

public sealed class DecideReviewCommandValidator : AbstractValidator<DecideReviewCommand>
{
    public DecideReviewCommandValidator()
    {
        // Keys as the API's inputs are named (itemIds, silenceDays), so a refusal points at the field the client sent.
        RuleFor(c => c.PostIds).NotEmpty().WithMessage("Choose at least one item.")
            .Must(ids => ids.Count <= 100).WithMessage("Decide on at most 100 items at once.")
            .OverridePropertyName("itemIds");
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Note).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Write a note: it is shown in the public moderation log.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The note has no visible text: the public log would show nothing.")
            .PlainPublicText()
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
        RuleFor(c => c.SilenceAuthorDays).InclusiveBetween(1, 365).When(c => c.SilenceAuthorDays is not null)
            .WithMessage("Silence for 1 to 365 days.").OverridePropertyName("silenceDays");
        RuleFor(c => c.SilenceAuthorDays).Null().When(c => c.Decision != ReviewDecision.Agree)
            .WithMessage("Only agreeing with the flags can silence the author.").OverridePropertyName("silenceDays");
    }
}

public sealed class DecideReviewCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<DecideReviewCommand, ReviewOutcome>
{
    // A like on one of the posts between the read and the save moves its row version without changing the flags the
    // moderator judged: decide again on fresh rows (a post another moderator decided meanwhile is then refused or skipped).
    private const int MaxAttempts = 5;

    public async ValueTask<ReviewOutcome> Handle(DecideReviewCommand command, CancellationToken cancellationToken) =>
        await LostRaceRetry.RunAsync(db, MaxAttempts, "These posts are changing very often right now; nothing was decided. Please try again in a moment.",
            ct => DecideAsync(command, ct), cancellationToken);

    private async Task<ReviewOutcome> DecideAsync(DecideReviewCommand command, CancellationToken cancellationToken)
    {
        var ids = command.PostIds.Distinct().ToList();
        var posts = await db.Posts
            .Include(p => p.Flags).ThenInclude(f => f.Flagger)
            .Include(p => p.Thread)
            .Include(p => p.Author)
            .AsSplitQuery()
            .Where(p => ids.Contains(p.Id))
            .ToListAsync(cancellationToken);
        if (posts.Count != ids.Count)
        {
            throw new NotFoundException($"There is no post {string.Join(", ", ids.Except(posts.Select(p => p.Id)))}.");
        }

        var moderator = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var now = time.GetUtcNow();
        var note = command.Note.Trim();
        var skipped = new List<string>();
        foreach (var post in posts)
        {
            try
            {
                Decide(post, moderator, command, note, now);
            }
            catch (Domain.Common.DomainRuleException refused) when (posts.Count > 1)
            {
                // In a batch (spam), one post a rule protects must not block the others.
                skipped.Add($"#{post.Number} in “{post.Thread.Title}”: {refused.Message}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReviewOutcome(posts.Count - skipped.Count, skipped);
    }

    private void Decide(Domain.Discussions.Post post, Domain.Members.Member moderator, DecideReviewCommand command, string note, DateTimeOffset now)
    {
        var wasVisible = !post.IsHidden && !post.IsRemoved;
        post.Decide(moderator, command.Decision, command.Remove, note, now);
        var action = command.Decision switch
        {
            ReviewDecision.Agree => ModerationAction.AgreeWithFlags,
            ReviewDecision.Disagree => ModerationAction.DisagreeWithFlags,
            _ => ModerationAction.DeferFlags,
        };
        var outcome = command.Decision == ReviewDecision.Agree ? (command.Remove ? " Post removed." : " Post hidden.") : command.Decision == ReviewDecision.Disagree ? " Post shown." : string.Empty;
        ModerationLogWriter.Post(db, action, moderator.Id, post, post.Thread.Title, note + outcome, now);
        if (command.Decision == ReviewDecision.Agree && (wasVisible || command.Remove))
        {
            db.Notifications.Add(Notification.AboutModeration(post.AuthorId, command.Remove ? NotificationKind.PostRemoved : NotificationKind.PostHidden, post.ThreadId, post.Number, now));
        }

        // A moderator's batch does not silence staff (only an admin can); the decision on the post still stands.
        if (command.SilenceAuthorDays is { } days && !post.Author.IsSilenced(now) && moderator.MayJudgePostsBy(post.Author.Roles))
        {
            post.Author.Sanction(suspend: false, now.AddDays(days), note, moderator, now);
            ModerationLogWriter.Member(db, ModerationAction.SilenceMember, moderator.Id, post.Author, $"Silenced for {days} days: {note}", now);
        }
    }
}
