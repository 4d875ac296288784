using System.Globalization;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// Brings a recorded proposal in line with the governance record (a re-import): text, preamble, status and dates.
    /// A changed text keeps the previous one as a revision. Returns whether anything changed.
    /// </summary>
    public bool UpdateFromRecord(string title, string summary, CookedMarkdown body, IReadOnlyList<PreambleEntry> preamble, ProposalStatus status, DateTimeOffset? ratifiedAt, Member importer, DateTimeOffset now)
    {
        if (IsDraft)
        {
            throw new DomainRuleException("A draft is not part of the governance record.");
        }

        var newTitle = RequireTitle(title);
        var newSummary = RequireSummary(summary);
        var changed = false;
        if (newTitle != Title || body.Markdown != BodyMarkdown || newSummary != Summary)
        {
            _revisions.Add(new ProposalRevision(this, Version, Title, BodyMarkdown, ContentChangedAt, importer, "Re-imported from the MIPs repository.", false, now));
            Title = newTitle;
            Summary = newSummary;
            BodyMarkdown = body.Markdown;
            BodyCooked = body.Html;
            BodyText = body.Text;
            ContentChangedAt = now;
            Version++;
            changed = true;
        }

        if (!Preamble.SequenceEqual(preamble))
        {
            Preamble = preamble.ToList();
            changed = true;
        }

        if (status != Status)
        {
            RecordStatus(status, now, importer);
            changed = true;
        }

        if (ratifiedAt != RatifiedAt)
        {
            RatifiedAt = ratifiedAt;
            changed = true;
        }

        if (changed)
        {
            UpdatedAt = now;
        }

        return changed;
    }

    /// <summary>Sets the preamble as the record has it (an import) and the ratification date read from it.</summary>
    public void RecordPreamble(IReadOnlyList<PreambleEntry> preamble, DateTimeOffset? ratifiedAt)
    {
        Preamble = preamble.ToList();
        RatifiedAt = ratifiedAt;
    }

    /// <summary>Records whether the record's heading omits the code (an import); returns whether that changed.</summary>
    public bool RecordHeadingForm(bool omitsCode)
    {
        if (omitsCode == HeadingOmitsCode)
        {
            return false;
        }

        HeadingOmitsCode = omitsCode;
        return true;
    }

    /// <summary>The proposal in the MIPs repository's layout; a proposal without a stored preamble gets the standard keys.</summary>
    public string ToDocument()
    {
        if (IsDraft)
        {
            throw new DomainRuleException("A draft has no document yet; publish it first.");
        }

        var code = ParsedCode;
        var preamble = Preamble.Count > 0
            ? Preamble
            :
            [
                code.Kind == ProposalKind.Subproposal
                    ? new PreambleEntry($"MIP{code.Mip}c{code.Component}-SP#", code.Subproposal!.Value.ToString(CultureInfo.InvariantCulture))
                    : new PreambleEntry("MIP#", code.Mip.ToString(CultureInfo.InvariantCulture)),
                new PreambleEntry("Title", Title),
                new PreambleEntry("Author(s)", "@" + Author.UserName),
                new PreambleEntry("Status", Status.DisplayName()),
                new PreambleEntry("Date Proposed", ProposedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new PreambleEntry("Date Ratified", RatifiedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
            ];
        return MipDocument.Write(HeadingOmitsCode ? Title : $"{Code}: {Title}", preamble, BodyMarkdown);
    }

    /// <summary>
    /// Links this proposal to another; both pages show it. Authors of this proposal or admins may link; never twice or to
    /// itself. A link made by someone who is neither an author of the other proposal nor an admin is only proposed: the other
    /// page does not show it ("Replaced by …") until one of its authors accepts (<see cref="ProposalLink.Accept"/>).
    /// </summary>
    public ProposalLink LinkTo(Proposal other, ProposalRelation relation, Member actor, bool alreadyLinked, DateTimeOffset now)
    {
        if (IsDraft || other.IsDraft)
        {
            throw new DomainRuleException("Only published proposals can be linked.");
        }

        if (!IsAuthor(actor) && !actor.IsAdmin)
        {
            throw new NotPermittedException("Only the proposal's authors (or an admin) can link it to another.");
        }

        if (ReferenceEquals(other, this) || (Id != 0 && other.Id == Id))
        {
            throw new DomainRuleException("A proposal cannot be linked to itself.");
        }

        if (alreadyLinked)
        {
            throw new DomainRuleException($"{Code} and {other.Code} are already linked.");
        }

        // The link shows on the other proposal's page too ("Replaced by", "Related to"): it waits for that proposal's
        // authors (or an admin) unless the actor is one of them.
        var accepted = other.IsAuthor(actor) || actor.IsAdmin;
        return new ProposalLink(this, other, relation, actor, accepted, now);
    }
}
