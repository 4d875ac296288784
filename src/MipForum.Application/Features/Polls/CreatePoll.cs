using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Common;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

public sealed record CreatedPoll(int Id, int ThreadId, int PostNumber, IReadOnlyList<PollOptionView> Options);

/// <summary>
/// Opens a signal poll in a thread. The poll is announced by a post of its creator (where it appears in the thread); its
/// rule, times, visibility and weighting are fixed from now on. <see cref="Rule"/> null takes the type's default rule.
/// </summary>
public sealed record CreatePollCommand(
    int ThreadId,
    PollType Type,
    string Question,
    IReadOnlyList<string>? Options,
    DateTimeOffset ClosesAt,
    DateTimeOffset? OpensAt = null,
    ResultsVisibility Visibility = ResultsVisibility.Live,
    PollWeighting Weighting = PollWeighting.Member,
    int? SnapshotId = null,
    OutcomeRule? Rule = null,
    bool OfferAbstain = false) : ICommand<CreatedPoll>, IRequirePermission
{
    public Permission RequiredPermission => Permission.CreatePoll;
}

public sealed class CreatePollCommandValidator : AbstractValidator<CreatePollCommand>
{
    public CreatePollCommandValidator(IOptions<PollOptions> options)
    {
        RuleFor(c => c.Type).IsInEnum().WithMessage("Choose binary, single, approval or ranked.");
        RuleFor(c => c.ClosesAt).NotEqual(default(DateTimeOffset)).WithMessage("Say when the poll closes.");
        RuleFor(c => c.Visibility).IsInEnum().WithMessage("Results are live or shown after the close.");
        RuleFor(c => c.Weighting).IsInEnum().WithMessage("Weighting is per member or by snapshot.");
        RuleFor(c => c.Question).Must(VisibleText.HasVisibleCharacter).WithMessage("Ask a question.")
            .MaximumLength(Poll.QuestionMaxLength).WithMessage($"A question has at most {Poll.QuestionMaxLength} characters.")
            .PlainText("A question");
        RuleFor(c => c.Options).Must(o => o is null || o.Count <= options.Value.MaxOptions)
            .WithMessage($"A poll has at most {options.Value.MaxOptions} options.");
        RuleForEach(c => c.Options).Must(VisibleText.HasVisibleCharacter).WithMessage("An option cannot be empty.")
            .MaximumLength(PollOption.TextMaxLength).WithMessage($"An option has at most {PollOption.TextMaxLength} characters.")
            .PlainText("An option");
        RuleFor(c => c.SnapshotId).NotNull().When(c => c.Weighting == PollWeighting.Snapshot).WithMessage("Choose the weight snapshot this poll uses.");
        RuleFor(c => c.Rule!.Kind).IsInEnum().When(c => c.Rule is not null).WithMessage("Choose plurality, majority, approval or instant runoff.");
        RuleFor(c => c.Rule!.Share).GreaterThan(0m).LessThan(1m).When(c => c.Rule is not null)
            .WithMessage("The majority share is above 0 and below 1 (0.5 is 50%).");
        RuleFor(c => c.Rule!.MinimumWeight).GreaterThanOrEqualTo(0m).When(c => c.Rule?.MinimumWeight is not null)
            .WithMessage("The minimum participation cannot be negative.");
    }
}

public sealed class CreatePollCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, IOptions<PollOptions> options, TimeProvider time, ILiveUpdates live, IDatabaseErrors errors)
    : ICommandHandler<CreatePollCommand, CreatedPoll>
{
    private const int MaxAttempts = 20;

    /// <summary>The preamble line MIP51's ratification poll fills: a binary poll on a proposal's thread is that poll.</summary>
    public const string RatificationPollKey = "Ratification Poll URL";

    public async ValueTask<CreatedPoll> Handle(CreatePollCommand command, CancellationToken cancellationToken)
    {
        var creatorId = currentUser.MemberId ?? throw new NotSignedInException();
        var announcement = await cooker.CookAsync($"**Poll:** {MarkdownText.Escape(command.Question.Trim())}", cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var thread = await db.Threads.Include(t => t.Proposal).ThenInclude(p => p!.CoAuthors)
                .SingleOrDefaultAsync(t => t.Id == command.ThreadId, cancellationToken)
                ?? throw new NotFoundException($"There is no thread {command.ThreadId}.");
            var creator = await db.Members.SingleAsync(m => m.Id == creatorId, cancellationToken);
            if (!PollCreators.MayCreate(creator, thread, options.Value))
            {
                throw new NotPermittedException("Polls are opened by facilitators, moderators, admins and, on a proposal's thread, its authors.");
            }

            var snapshot = command.SnapshotId is { } snapshotId
                ? await db.WeightSnapshots.SingleOrDefaultAsync(s => s.Id == snapshotId, cancellationToken)
                    ?? throw new RequestValidationException("snapshotId", $"There is no weight snapshot {snapshotId}.")
                : null;
            var now = time.GetUtcNow();
            var definition = new PollDefinition(command.Question, command.Type, command.Options ?? [], command.Rule ?? OutcomeRule.DefaultFor(command.Type),
                command.OpensAt, command.ClosesAt, command.Visibility, command.Weighting, command.OfferAbstain);
            var poll = Poll.Create(thread, creator, definition, snapshot, options.Value.MaxOptions, TieLot.NewSeed(), now);
            var post = thread.Reply(creator, announcement, replyToNumber: null, now);
            poll.AnnounceIn(post);
            db.Polls.Add(poll);

            // The poll and the proposal's "Ratification Poll URL", which names the poll's id, are one transaction (ADR 0019).
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                // The first binary poll fills the link; a later one (a rival facilitator's) never silently replaces it:
                // the proposal's authors change it by revising the proposal, which its history records.
                if (thread.Proposal is { } proposal && poll.Type == PollType.Binary && proposal.FillPreambleValue(RatificationPollKey, ForumLinks.Poll(poll.Id)))
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure) && attempt < MaxAttempts)
            {
                // A reply took the next post number first: read the thread again.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                continue;
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure))
            {
                throw new BusyException("The thread is very busy right now; the poll was not opened. Please try again in a moment.");
            }

            live.Publish(new ThreadActivity(thread.Id, thread.PostCount, post.Number, ThreadActivityKind.Replied));
            return new CreatedPoll(poll.Id, thread.Id, post.Number, PollOptionView.Of(poll));
        }
    }
}
