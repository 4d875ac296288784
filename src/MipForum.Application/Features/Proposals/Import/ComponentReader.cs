using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

/// <summary>A component found in a MIP document: its heading's code and title, the text under it, and any periods it sets.</summary>
internal sealed record FoundComponent(ProposalCode Code, string Title, string Body, ProposalPeriods? Periods);

internal static class ComponentReader
{
    /// <summary>The components (<c>### MIP41c5: Title</c>) of a MIP's body, each with the text up to the next heading of its level or above.</summary>
    public static List<FoundComponent> Read(string body, ProposalCode mip)
    {
        var found = new List<FoundComponent>();
        var headings = MipRecordReader.ComponentHeading().Matches(body);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (!ProposalCode.TryParse(heading.Groups["code"].Value, out var code) || code.Mip != mip.Mip || code.Kind != ProposalKind.Component)
            {
                continue;
            }

            var level = heading.Groups["hashes"].Value.Length;
            var start = heading.Index + heading.Length;
            var end = NextHeadingAtOrAbove(body, start, level);
            var text = body[start..end].Trim('\n') + "\n";
            var feedback = MipRecordReader.ReadPeriodDays(text, "feedback");
            var frozen = MipRecordReader.ReadPeriodDays(text, "frozen");
            var periods = feedback is null && frozen is null
                ? null
                : ProposalPeriods.Of(feedback ?? ProposalPeriods.Default.FeedbackDays, frozen ?? ProposalPeriods.Default.FrozenDays);
            if (found.All(c => c.Code != code))
            {
                found.Add(new FoundComponent(code, heading.Groups["title"].Value, text, periods));
            }
        }

        return found;
    }

    private static int NextHeadingAtOrAbove(string body, int from, int level)
    {
        var position = from;
        var inFence = false;
        while (position < body.Length)
        {
            var lineEnd = body.IndexOf('\n', position);
            var line = lineEnd < 0 ? body[position..] : body[position..lineEnd];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith('#'))
            {
                var hashes = line.Length - line.TrimStart('#').Length;
                if (hashes <= level && line.Length > hashes && line[hashes] == ' ')
                {
                    return position;
                }
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        return body.Length;
    }
}
