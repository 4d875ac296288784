using System.Text.RegularExpressions;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

/// <summary>
/// Reads a subproposal template document (<c>MIP41c5-Subproposal-Template.md</c>) into template sections: its level-2
/// and level-3 headings, the text under each as help, a level-2 heading directly followed by level-3 ones as a group.
/// </summary>
internal static class TemplateReader
{
    private const int MaxHelpLength = 600;

    public static SubproposalTemplate? Read(string body, List<string> warnings)
    {
        var headings = Regex.Matches(body, @"^(?<hashes>#{2,3})\s+(?<name>.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var sections = new List<TemplateSection>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var level = heading.Groups["hashes"].Value.Length;
            var name = heading.Groups["name"].Value;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : body.Length;
            var text = body[(heading.Index + heading.Length)..end];
            var isGroup = level == 2 && i + 1 < headings.Count && headings[i + 1].Groups["hashes"].Value.Length == 3 && text.Trim().Length == 0;
            if (sections.Any(s => string.Equals(s.Heading, name, StringComparison.OrdinalIgnoreCase)))
            {
                warnings.Add($"Template heading '{name}' appears twice; the second is ignored.");
                continue;
            }

            var isCoreUnitId = name.Equals("Core Unit ID", StringComparison.OrdinalIgnoreCase);
            sections.Add(new TemplateSection(
                name,
                level,
                Required: !isGroup,
                Help: Help(text),
                FormatPattern: isCoreUnitId ? StandardTemplates.CoreUnitIdPattern : null,
                FormatHint: isCoreUnitId ? "a Core Unit ID such as RWF-001" : null,
                IsGroup: isGroup));
        }

        if (sections.Count == 0)
        {
            warnings.Add("The template has no '##' sections; no template recorded.");
            return null;
        }

        return new SubproposalTemplate(sections);
    }

    private static string Help(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim().TrimStart('-', '*').Trim()).Where(l => l.Length > 0);
        var help = string.Join(" ", lines);
        return help.Length <= MaxHelpLength ? help : help[..(MaxHelpLength - 1)] + "…";
    }
}
