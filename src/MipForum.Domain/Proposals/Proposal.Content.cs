using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// Changes the title, summary and body. A draft just changes; a published proposal keeps the previous text as a
    /// revision and can change only in Conception or during its feedback period. After the feedback period the text
    /// is frozen: only an admin can override that, with a reason. A stale <paramref name="expectedVersion"/> is a conflict.
    /// </summary>
    public void Revise(Member editor, string title, string summary, CookedMarkdown body, int expectedVersion, DateTimeOffset now, string? reason = null, bool overrideFrozen = false)
    {
        if (!MayBeRevisedBy(editor, IsAuthor(editor)))
        {
            throw new NotPermittedException("Only the proposal's authors (or an admin) can change it.");
        }

        if (expectedVersion != Version)
        {
            throw new StaleVersionException($"This proposal was changed since you opened it (now version {Version}, yours {expectedVersion}). Reload it and apply your change again.");
        }

        var newTitle = RequireTitle(title);
        if (VisibleText.ShownLength(newTitle) < TitleMinLength)
        {
            throw new DomainRuleException($"A proposal title has at least {TitleMinLength} characters.");
        }

        var newSummary = RequireSummary(summary);
        if (newTitle == Title && newSummary == Summary && body.Markdown == BodyMarkdown)
        {
            return;
        }

        var isOverride = false;
        if (!IsDraft)
        {
            isOverride = CheckContentMayChange(editor, reason, overrideFrozen, now);
            _revisions.Add(new ProposalRevision(this, Version, Title, BodyMarkdown, ContentChangedAt, editor, reason?.Trim() ?? string.Empty, isOverride, now));
            SetPreambleValue("Title", newTitle);
        }

        Title = newTitle;
        Summary = newSummary;
        BodyMarkdown = body.Markdown;
        BodyCooked = body.Html;
        BodyText = body.Text;
        ContentChangedAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>
    /// Fills a preamble line that is missing or empty, and leaves one that holds a value alone: what a system step writes
    /// (a poll's link) never silently replaces what is there; an author changes it by revising the proposal.
    /// </summary>
    /// <returns>Whether the line was filled.</returns>
    public bool FillPreambleValue(string key, string value)
    {
        var existing = Preamble.Find(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(existing?.Value))
        {
            return false;
        }

        SetPreambleValue(key, value);
        return true;
    }

    /// <summary>Sets a preamble line's value, adding the line when the preamble has no such key.</summary>
    public void SetPreambleValue(string key, string value)
    {
        var index = Preamble.FindIndex(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
        var entries = Preamble.ToList();
        if (index >= 0)
        {
            entries[index] = entries[index] with { Value = value };
        }
        else
        {
            entries.Add(new PreambleEntry(key, value));
        }

        // A new list so EF Core sees the JSON column change.
        Preamble = entries;
    }

    private bool CheckContentMayChange(Member editor, string? reason, bool overrideFrozen, DateTimeOffset now)
    {
        var frozen = Status is not (ProposalStatus.Conception or ProposalStatus.Rfc) || IsFrozen(now);
        if (!frozen)
        {
            return false;
        }

        var why = Status == ProposalStatus.Rfc
            ? $"{Code}'s feedback period ended: its text is frozen until Formal Submission."
            : $"{Code} is in {Status.DisplayName()}: its text can no longer change.";
        if (!overrideFrozen)
        {
            throw new DomainRuleException(why);
        }

        if (!MayOverrideRules(editor))
        {
            throw new NotPermittedException("Only an admin can override the frozen period.");
        }

        RequireReason(reason);
        return true;
    }
}
