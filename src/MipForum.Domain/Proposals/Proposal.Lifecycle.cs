using System.Globalization;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// Moves a published proposal to another status. <see cref="ProposalLifecycle"/> says who may make the move; timing
    /// rules (feedback and frozen periods before Formal Submission, six months deferred before Obsolete) hold unless an
    /// admin overrides them, which needs a reason and is marked on the timeline.
    /// </summary>
    public ProposalTransition MoveTo(ProposalStatus to, Member actor, string reason, bool overrideTiming, DateTimeOffset now)
    {
        if (IsDraft)
        {
            throw new DomainRuleException("Publish the draft first; publishing makes it a request for comments.");
        }

        // Who acts comes before what the move is: a member who may move nothing here is told so, whatever they asked for.
        if (!IsAuthor(actor) && !actor.IsAdmin)
        {
            throw new NotPermittedException($"Only the proposal's authors (or an admin) can move it to {to.DisplayName()}.");
        }

        var movers = ProposalLifecycle.WhoMay(Status, to);
        if (movers == ProposalLifecycle.Movers.None)
        {
            throw new DomainRuleException($"A proposal in {Status.DisplayName()} cannot move to {to.DisplayName()}.");
        }

        var actorIs = (IsAuthor(actor) ? ProposalLifecycle.Movers.Authors : ProposalLifecycle.Movers.None)
            | (actor.IsAdmin ? ProposalLifecycle.Movers.Governance : ProposalLifecycle.Movers.None);
        if ((movers & actorIs) == ProposalLifecycle.Movers.None)
        {
            throw new NotPermittedException(movers == ProposalLifecycle.Movers.Governance
                ? $"Only admins acting as governance facilitators can move a proposal to {to.DisplayName()}."
                : $"Only the proposal's authors (or an admin) can move it to {to.DisplayName()}.");
        }

        var why = RequireReason(reason);
        if (overrideTiming && !MayOverrideRules(actor))
        {
            throw new NotPermittedException("Only an admin can override a timing rule.");
        }

        var isOverride = false;
        if (EarliestMove(to) is { } earliest && now < earliest)
        {
            if (!overrideTiming)
            {
                throw new DomainRuleException(TooEarly(to, earliest));
            }

            isOverride = true;
        }

        var transition = new ProposalTransition(this, Status, to, actor, why, isOverride, now);
        _transitions.Add(transition);
        Status = to;
        StatusChangedAt = now;
        UpdatedAt = now;
        if (to == ProposalStatus.Rfc)
        {
            RfcAt = now;
        }

        if (to == ProposalStatus.Accepted)
        {
            RatifiedAt = now;
            SetPreambleValue("Date Ratified", now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        SetPreambleValue("Status", to.DisplayName());
        return transition;
    }

    /// <summary>When this proposal's periods end: the one timing rule (<see cref="ProposalTiming"/>).</summary>
    public ProposalTiming Timing => new(Status, RfcAt, ContentChangedAt, StatusChangedAt, Periods);

    /// <inheritdoc cref="ProposalTiming.EarliestMove"/>
    public DateTimeOffset? EarliestMove(ProposalStatus to) => Timing.EarliestMove(to);

    /// <inheritdoc cref="ProposalTiming.FeedbackEndsAt"/>
    public DateTimeOffset? FeedbackEndsAt => Timing.FeedbackEndsAt;

    /// <inheritdoc cref="ProposalTiming.IsFrozen"/>
    public bool IsFrozen(DateTimeOffset now) => Timing.IsFrozen(now);

    /// <summary>
    /// Who may override a timing rule or the frozen period (with a reason, marked on the timeline): admins, acting as
    /// governance facilitators. The moves and edits check it, and read models offer the override with it.
    /// </summary>
    public static bool MayOverrideRules(Member actor) => actor.IsAdmin;

    private string TooEarly(ProposalStatus to, DateTimeOffset earliest)
    {
        var when = earliest.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return to == ProposalStatus.FormalSubmission
            ? $"{Code} can go to Formal Submission from {when}: its feedback period is {FeedbackDays} days and it must stay unchanged for {FrozenDays} days."
            : $"{Code} can become {to.DisplayName()} from {when}, six months after it was deferred.";
    }
}
