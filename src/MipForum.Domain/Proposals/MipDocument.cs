using System.Text;

namespace MipForum.Domain.Proposals;

/// <summary>
/// A document in the MIPs repository's layout: a <c># CODE: Title</c> heading, a <c>## Preamble</c> fenced block of
/// <c>Key: value</c> lines, then the body. Parsing never drops text: what does not fit the layout is kept in the body
/// and reported in <see cref="Warnings"/>.
/// </summary>
public sealed record MipDocument(string? Heading, IReadOnlyList<PreambleEntry> Preamble, string Body, IReadOnlyList<string> Warnings)
{
    public static MipDocument Parse(string markdown)
    {
        var warnings = new List<string>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var index = 0;
        var before = new List<string>();
        string? heading = null;
        for (; index < lines.Length; index++)
        {
            // CommonMark lets a heading be indented by up to three spaces; the repository has "  # MIP102c2-SP14: …".
            var indent = lines[index].Length - lines[index].TrimStart(' ').Length;
            if (indent <= 3 && lines[index].AsSpan(indent).StartsWith("# ", StringComparison.Ordinal))
            {
                heading = lines[index][(indent + 2)..].Trim();
                if (indent > 0)
                {
                    warnings.Add($"The title heading is indented by {indent} space{(indent == 1 ? "" : "s")}; read as the title.");
                }

                index++;
                break;
            }

            before.Add(lines[index]);
        }

        if (heading is null)
        {
            warnings.Add("No '# CODE: Title' heading; the whole file is kept as the body.");
            return new MipDocument(null, [], markdown.Trim() + "\n", warnings);
        }

        if (before.Any(l => l.Trim().Length > 0))
        {
            warnings.Add("Text before the title heading was kept at the start of the body.");
        }

        var preambleAt = Array.FindIndex(lines, index, l => l.Trim().Equals("## Preamble", StringComparison.OrdinalIgnoreCase));
        var fenceOpen = preambleAt < 0 ? -1 : Array.FindIndex(lines, preambleAt + 1, l => l.Trim().Length > 0);
        if (fenceOpen < 0 || !lines[fenceOpen].TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            warnings.Add("No '## Preamble' code block; the text after the title is kept as the body.");
            return new MipDocument(heading, [], Join(before, lines[index..]), warnings);
        }

        var fenceClose = Array.FindIndex(lines, fenceOpen + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        if (fenceClose < 0)
        {
            warnings.Add("The preamble's code block is never closed; the text after the title is kept as the body.");
            return new MipDocument(heading, [], Join(before, lines[index..]), warnings);
        }

        var between = lines[index..preambleAt];
        if (between.Any(l => l.Trim().Length > 0))
        {
            warnings.Add("Text between the title and the preamble was moved to the start of the body.");
        }

        var preamble = lines[(fenceOpen + 1)..fenceClose]
            .Where(l => l.Trim().Length > 0)
            .Select(ParseEntry)
            .ToList();
        foreach (var odd in preamble.Where(e => e.Value is null))
        {
            warnings.Add($"Preamble line '{odd.Key}' is not 'Key: value'; kept as written.");
        }

        return new MipDocument(heading, preamble, Join([.. before, .. between], lines[(fenceClose + 1)..]), warnings);
    }

    /// <summary>The value of the first preamble line with one of the keys (case-insensitive), and the key found.</summary>
    public (string Key, string Value)? Find(params string[] keys)
    {
        foreach (var key in keys)
        {
            var entry = Preamble.FirstOrDefault(e => e.Value is not null && string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
            if (entry is not null)
            {
                return (entry.Key, entry.Value!);
            }
        }

        return null;
    }

    /// <summary>Writes a document in the repository's layout; <see cref="Parse"/> reads it back to the same heading, preamble and body.</summary>
    public static string Write(string heading, IReadOnlyList<PreambleEntry> preamble, string body)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(heading).Append("\n\n## Preamble\n\n```\n");
        foreach (var entry in preamble)
        {
            text.Append(entry.Value is null ? entry.Key : entry.Value.Length == 0 ? entry.Key + ":" : $"{entry.Key}: {entry.Value}").Append('\n');
        }

        text.Append("```\n");
        var trimmed = body.Trim('\n');
        if (trimmed.Length > 0)
        {
            text.Append('\n').Append(trimmed).Append('\n');
        }

        return text.ToString();
    }

    private static PreambleEntry ParseEntry(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);

        // "Key: value": a key is short and has no URL in it; anything else is kept as a whole line.
        return colon > 0 && colon <= 40 && !line[..colon].Contains("//", StringComparison.Ordinal)
            ? new PreambleEntry(line[..colon].Trim(), line[(colon + 1)..].Trim())
            : new PreambleEntry(line.Trim(), null);
    }

    private static string Join(IEnumerable<string> first, IEnumerable<string> rest)
    {
        var body = string.Join('\n', first.Concat(rest)).Trim('\n');
        return body.Length == 0 ? string.Empty : body + "\n";
    }
}
