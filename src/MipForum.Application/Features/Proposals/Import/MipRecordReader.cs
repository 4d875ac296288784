using System.Globalization;
using System.Text.RegularExpressions;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

/// <summary>
/// Reads statuses, dates and periods the way the MIPs repository writes them, tolerating what it contains in practice:
/// year-day-month dates, <c>&lt;yyyy-mm-dd&gt;</c> placeholders, <c>N/A</c>, synonym keys. Each tolerance leaves a warning.
/// </summary>
internal static partial class MipRecordReader
{
    public static readonly string[] ProposedKeys = ["Date Proposed", "Date Applied", "Date proposed", "Proposed"];
    public static readonly string[] RatifiedKeys = ["Date Ratified", "Ratified"];
    public static readonly string[] AuthorKeys = ["Author(s)", "Authors", "Author"];

    public static ProposalStatus ReadStatus(MipDocument document, List<string> warnings)
    {
        if (document.Find("Status") is not { } found || found.Value.Length == 0)
        {
            warnings.Add("No Status in the preamble; recorded as Conception.");
            return ProposalStatus.Conception;
        }

        var value = found.Value.Trim().ToLowerInvariant();
        ProposalStatus? status = value switch
        {
            "conception" => ProposalStatus.Conception,
            "rfc" or "request for comments" or "request for comments (rfc)" => ProposalStatus.Rfc,
            "formal submission" or "formal submission (fs)" => ProposalStatus.FormalSubmission,
            "accepted" or "approved" or "ratified" => ProposalStatus.Accepted,
            "rejected" => ProposalStatus.Rejected,
            "withdrawn" => ProposalStatus.Withdrawn,
            "deferred" => ProposalStatus.Deferred,
            "obsolete" => ProposalStatus.Obsolete,
            _ => null,
        };
        if (status is null)
        {
            warnings.Add($"Status '{found.Value}' is not a MIP0 status; recorded as Conception, kept as written in the preamble.");
        }

        return status ?? ProposalStatus.Conception;
    }

    /// <summary>A date from the first key present; null (with a warning when a value was there) when it cannot be read.</summary>
    public static DateTimeOffset? ReadDate(MipDocument document, string[] keys, string what, List<string> warnings)
    {
        if (document.Find(keys) is not { } found)
        {
            return null;
        }

        if (!string.Equals(found.Key, keys[0], StringComparison.Ordinal))
        {
            warnings.Add($"'{found.Key}' read as '{keys[0]}'.");
        }

        var value = found.Value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        if (DateTime.TryParseExact(value, "yyyy-dd-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
        {
            warnings.Add($"{what} '{value}' read as year-day-month ({date:yyyy-MM-dd}).");
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        warnings.Add($"{what} '{value}' is not a date; kept as written, no date recorded.");
        return null;
    }

    /// <summary>A period such as "Minimum Feedback Period: 2 weeks." in a component's text, in days; null when absent.</summary>
    public static int? ReadPeriodDays(string text, string name)
    {
        var match = Regex.Match(text, $@"{name}\s+period\s*[:\-]?\s*(?<n>\d{{1,4}}|one|two|three|four|six)\s+(?<unit>day|week|month)s?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        var n = match.Groups["n"].Value.ToLowerInvariant() switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "six" => 6,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => n * 7,
            "month" => n * 30,
            _ => n,
        };
    }

    /// <summary>The code and title of a heading "MIP41c5-SP1: Facilitator Offboarding - Amy Jung".</summary>
    public static (ProposalCode? Code, string Title) SplitHeading(string? heading)
    {
        if (heading is null)
        {
            return (null, string.Empty);
        }

        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && ProposalCode.TryParse(heading[..colon], out var code)
            ? (code, heading[(colon + 1)..].Trim())
            : (null, heading.Trim());
    }

    /// <summary>The first paragraph under "## Sentence Summary", shortened to fit a summary.</summary>
    public static string Summary(string body)
    {
        var match = Regex.Match(body, @"^##\s+Sentence Summary\s*\n+(?<text>(?:(?!#).+\n?)+)", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var text = match.Success ? Regex.Replace(match.Groups["text"].Value, @"\s+", " ").Trim() : string.Empty;
        return text.Length <= Proposal.SummaryMaxLength ? text : text[..(Proposal.SummaryMaxLength - 1)] + "…";
    }

    [GeneratedRegex(@"^(?<hashes>#{2,4})\s+(?<code>MIP\d+c\d+)\s*:\s*(?<title>.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    public static partial Regex ComponentHeading();
}
