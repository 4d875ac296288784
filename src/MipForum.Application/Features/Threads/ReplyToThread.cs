using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Threads;

public sealed record PostedReply(int Id, int Number);

/// <summary>
/// A member replies to a thread, optionally to one of its posts. The idempotency key makes a retried submit
/// (double click, timeout) return the post it already created.
/// </summary>
public sealed record ReplyToThreadCommand(int ThreadId, string Body, int? ReplyToNumber = null, string? IdempotencyKey = null)
    : ICommand<PostedReply>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ReplyToThread;
}

public sealed class ReplyToThreadCommandValidator : AbstractValidator<ReplyToThreadCommand>
{
    public ReplyToThreadCommandValidator()
    {
        RuleFor(c => c.Body).ValidBody();
        RuleFor(c => c.ReplyToNumber).GreaterThan(0).When(c => c.ReplyToNumber is not null).WithMessage("Reply to a post number of this thread.");
        RuleFor(c => c.IdempotencyKey).MaximumLength(100).Matches("^[A-Za-z0-9_.:-]*$").When(c => c.IdempotencyKey is not null)
            .WithMessage("An idempotency key has at most 100 letters, digits, '_', '.', ':' or '-'.");
    }
}

public sealed class ReplyToThreadCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, TimeProvider time, ILiveUpdates live, Notifications.Notifier notifier, Moderation.PostingGate gate,
    Notifications.MentionLimit mentions, IDatabaseErrors errors, Posts.AnsweredPostsRule answeredPosts, ReplyQueue queue)
    : ICommandHandler<ReplyToThreadCommand, PostedReply>
{
    // Concurrent replies race for the next number; the loser of a race retries with the fresh count.
    // Each round one contender wins, so the limit is above any realistic burst on one thread; a short random pause spreads retries.
    private const int MaxAttempts = 60;

    public async ValueTask<PostedReply> Handle(ReplyToThreadCommand command, CancellationToken cancellationToken)
    {
        var authorId = currentUser.MemberId ?? throw new NotSignedInException();
        if (await FindRetriedAsync(authorId, command.ThreadId, command.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var body = (await cooker.CookAsync(command.Body, cancellationToken)).ShowingSomething();

        // What does not depend on the post's number is checked once, before the reply queues for the write: who may
        // post, the mention limit and who will be notified. Slow mode is checked in the turn, against the author's
        // latest stored post, so replies sent at once by one author cannot all pass it.
        var thread = await db.Threads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == command.ThreadId, cancellationToken)
            ?? throw new NotFoundException($"There is no thread {command.ThreadId}.");
        var author = await db.Members.SingleAsync(m => m.Id == authorId, cancellationToken);
        await gate.EnsureMayPostAsync(author, body, cancellationToken);
        await mentions.EnsureWithinLimitAsync(author.Id, body, cancellationToken);
        var audience = await notifier.AudienceOfAsync(thread.Id, thread.AuthorId, isReply: true, command.ReplyToNumber, body.References, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await TryReplyAsync(command, author, body, audience, cancellationToken) is { } posted)
            {
                return posted;
            }

            // Lost a race: either the thread's post count moved (concurrency token) or another reply took this
            // number first (unique index), or the same idempotency key was saved by a parallel request.
            db.ChangeTracker.Clear();
            if (await FindRetriedAsync(authorId, command.ThreadId, command.IdempotencyKey, cancellationToken) is { } winner)
            {
                return winner;
            }

            if (attempt >= MaxAttempts)
            {
                throw new BusyException("The thread is very busy right now; your reply was not saved. Please try again in a moment.");
            }

            await Task.Delay(Random.Shared.Next(1, 4 * Math.Min(attempt, 10)), cancellationToken);
            author = await db.Members.SingleAsync(m => m.Id == authorId, cancellationToken); // the clear above let go of it
        }
    }

    /// <summary>
    /// Numbers and stores the reply in the thread's queue (<see cref="ReplyQueue"/>): repliers of this process never
    /// race each other for a number. Any other write to the thread between the read and the save (a pin, a lock, a
    /// reply from another node) still wins the race, and this attempt returns null to be tried again.
    /// </summary>
    private async Task<PostedReply?> TryReplyAsync(ReplyToThreadCommand command, Domain.Members.Member author, CookedMarkdown body,
        Notifications.PostAudience audience, CancellationToken cancellationToken)
    {
        using var turn = await queue.EnterAsync(command.ThreadId, cancellationToken);

        // The count as it is now that this reply's turn has come (earlier repliers of the queue have saved theirs).
        var thread = await db.Threads.SingleOrDefaultAsync(t => t.Id == command.ThreadId, cancellationToken)
            ?? throw new NotFoundException($"There is no thread {command.ThreadId}.");

        if (thread.SlowModeSeconds > 0)
        {
            var last = await db.Posts.Where(p => p.ThreadId == thread.Id && p.AuthorId == author.Id).MaxAsync(p => (DateTimeOffset?)p.CreatedAt, cancellationToken);
            thread.EnsureSlowModeAllows(author, last, time.GetUtcNow());
        }

        // On every attempt: a post removed or withdrawn while this reply waited is not answered or quoted either.
        await answeredPosts.EnsureShownAsync(thread.Id, command.ReplyToNumber, body.References, cancellationToken);

        var post = thread.Reply(author, body, command.ReplyToNumber, time.GetUtcNow(), command.IdempotencyKey);
        notifier.Notify(post, audience);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure) when (errors.IsLostRace(failure))
        {
            return null;
        }

        // Stored, with its notifications. The live update is a hint (ADR 0008): published once the save has succeeded.
        live.Publish(new ThreadActivity(thread.Id, thread.PostCount, post.Number, ThreadActivityKind.Replied));
        return new PostedReply(post.Id, post.Number);
    }

    private async Task<PostedReply?> FindRetriedAsync(int authorId, int threadId, string? key, CancellationToken cancellationToken) =>
        key is null
            ? null
            : await db.Posts.AsNoTracking()
                .Where(p => p.AuthorId == authorId && p.ClientKey == key && p.ThreadId == threadId)
                .Select(p => new PostedReply(p.Id, p.Number))
                .SingleOrDefaultAsync(cancellationToken);
}
