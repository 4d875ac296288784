using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// Starts a private draft: a subproposal under a component (numbered on publication) or, with no parent, a new MIP.
    /// </summary>
    public static Proposal StartDraft(Proposal? component, string title, string summary, Member author, CookedMarkdown body, DateTimeOffset now)
    {
        if (component is not null && (component.Kind != ProposalKind.Component || component.IsDraft))
        {
            throw new DomainRuleException("A subproposal is drafted under a published component, such as MIP41c5.");
        }

        if (component is not null && ProposalLifecycle.IsFinal(component.Status))
        {
            throw new DomainRuleException($"{component.Code} is {component.Status.DisplayName()}: it takes no new subproposals.");
        }

        if (VisibleText.ShownLength(title) < TitleMinLength)
        {
            throw new DomainRuleException($"A proposal title has at least {TitleMinLength} characters.");
        }

        var draft = new Proposal(component is null ? ProposalKind.Mip : ProposalKind.Subproposal, component, title!, summary, author, body, now);
        if (component is not null)
        {
            draft.MipNumber = component.MipNumber;
            draft.ComponentNumber = component.ComponentNumber;
        }

        return draft;
    }

    /// <summary>
    /// Publishes a draft as a request for comments under the given number (the caller finds the next free one; the
    /// unique code index catches a race). The subproposal takes its component's periods; the preamble is written.
    /// </summary>
    public void Publish(Member actor, int number, DateTimeOffset now)
    {
        if (!IsDraft)
        {
            throw new DomainRuleException($"{Code} is already published.");
        }

        if (!IsAuthor(actor))
        {
            throw new NotPermittedException("Only the draft's authors can publish it.");
        }

        if (Parent is { } parent && ProposalLifecycle.IsFinal(parent.Status))
        {
            throw new DomainRuleException($"{parent.Code} is {parent.Status.DisplayName()}: it takes no new subproposals.");
        }

        var code = Kind == ProposalKind.Subproposal
            ? ProposalCode.Parse($"MIP{MipNumber}c{ComponentNumber}-SP{number}")
            : ProposalCode.Parse($"MIP{number}");
        AssignCode(code);
        if (Parent is { } component)
        {
            FeedbackDays = component.FeedbackDays;
            FrozenDays = component.FrozenDays;
        }

        PublishedAt = now;
        PublishAt = null;
        ProposedAt = now;
        RfcAt = now;
        Status = ProposalStatus.Rfc;
        StatusChangedAt = now;
        ContentChangedAt = now;
        UpdatedAt = now;
        Preamble = StandardPreamble(code, now);
        _transitions.Add(new ProposalTransition(this, null, ProposalStatus.Rfc, actor, ProposalTransition.PublishedHereReason, false, now));
    }

    /// <summary>Sets (or with null clears) when a draft publishes itself. The time must be in the future.</summary>
    public void SchedulePublication(Member actor, DateTimeOffset? at, DateTimeOffset now)
    {
        if (!IsDraft)
        {
            throw new DomainRuleException($"{Code} is already published.");
        }

        if (!IsAuthor(actor))
        {
            throw new NotPermittedException("Only the draft's authors can schedule it.");
        }

        if (at is { } time && time <= now)
        {
            throw new DomainRuleException("Choose a publication time in the future.");
        }

        PublishAt = at;
    }

    /// <summary>The scheduler gives up on a draft it could not publish; its authors publish or reschedule it by hand.</summary>
    public void CancelSchedule() => PublishAt = null;

    /// <summary>True when the time falls on a Saturday or Sunday in UTC, when few people read the forum.</summary>
    public static bool IsWeekendUtc(DateTimeOffset at) => at.UtcDateTime.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public void AddCoAuthor(Member actor, Member coAuthor)
    {
        if (!IsAuthor(actor))
        {
            throw new NotPermittedException("Only the proposal's authors can add co-authors.");
        }

        if (IsAuthor(coAuthor))
        {
            throw new DomainRuleException($"@{coAuthor.UserName} is already an author.");
        }

        if (_coAuthors.Count >= MaxCoAuthors)
        {
            throw new DomainRuleException($"A proposal has at most {MaxCoAuthors} co-authors.");
        }

        _coAuthors.Add(new ProposalCoAuthor(this, coAuthor));
    }

    private List<PreambleEntry> StandardPreamble(ProposalCode code, DateTimeOffset now)
    {
        var authors = new[] { Author }.Concat(_coAuthors.Select(c => c.Member)).Where(m => m is not null).Select(m => "@" + m.UserName);
        return
        [
            code.Kind == ProposalKind.Subproposal
                ? new PreambleEntry($"MIP{code.Mip}c{code.Component}-SP#", code.Subproposal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new PreambleEntry("MIP#", code.Mip.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new PreambleEntry("Title", Title),
            new PreambleEntry("Author(s)", string.Join(", ", authors)),
            new PreambleEntry("Contributors", string.Empty),
            new PreambleEntry("Tags", string.Join(", ", _tags)),
            new PreambleEntry("Status", Status.DisplayName()),
            new PreambleEntry("Date Proposed", now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new PreambleEntry("Date Ratified", string.Empty),
        ];
    }
}
