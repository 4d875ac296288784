using MipForum.Domain.Common;

namespace MipForum.Domain.Proposals;

/// <summary>
/// What a process component prescribes for its subproposals: the sections, in order. Stored with the component
/// (templates are data, so an import or an admin can add one without a release).
/// </summary>
public sealed class SubproposalTemplate
{
    private SubproposalTemplate()
    {
        Sections = [];
    }

    public SubproposalTemplate(IReadOnlyList<TemplateSection> sections)
    {
        Sections = sections.ToList();
        if (Sections.Count == 0 || Sections.Any(s => s.Level is < 2 or > 3 || string.IsNullOrWhiteSpace(s.Heading)))
        {
            throw new DomainRuleException("A template needs sections with a heading at level 2 or 3.");
        }

        if (Sections.Select(s => s.Heading.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Sections.Count)
        {
            throw new DomainRuleException("A template's section headings must differ.");
        }
    }

    public IReadOnlyList<TemplateSection> Sections { get; private set; }

    /// <summary>The sections an author fills (groups excluded).</summary>
    public IEnumerable<TemplateSection> Fields => Sections.Where(s => !s.IsGroup);

    /// <summary>Errors by section heading for the given texts; empty when every rule holds.</summary>
    public IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, string> texts)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in Fields)
        {
            if (section.Check(texts.GetValueOrDefault(section.Heading)) is { } error)
            {
                errors[section.Heading] = error;
            }
        }

        return errors;
    }

    /// <summary>The document body the template's sections make, in the MIPs repository's layout; empty optional sections are left out.</summary>
    public string Compose(IReadOnlyDictionary<string, string> texts)
    {
        var parts = new List<string>();
        for (var i = 0; i < Sections.Count; i++)
        {
            var section = Sections[i];
            var heading = new string('#', section.Level) + " " + section.Heading.Trim();
            if (section.IsGroup)
            {
                // A group appears when any section under it has text.
                var children = Sections.Skip(i + 1).TakeWhile(s => s.Level > section.Level);
                if (children.Any(c => !string.IsNullOrWhiteSpace(texts.GetValueOrDefault(c.Heading))))
                {
                    parts.Add(heading);
                }

                continue;
            }

            var text = texts.GetValueOrDefault(section.Heading)?.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                parts.Add(heading + "\n\n" + text);
            }
        }

        return string.Join("\n\n", parts) + "\n";
    }

    /// <summary>
    /// The texts of the template's sections found in a body (the inverse of <see cref="Compose"/>), so a stored draft
    /// can be edited section by section. Headings the template does not know stay in the text of the section before.
    /// </summary>
    public Dictionary<string, string> Split(string body)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        var lines = new List<string>();
        var inFence = false;

        void Flush()
        {
            if (current is not null)
            {
                texts[current] = string.Join("\n", lines).Trim();
            }

            lines.Clear();
        }

        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var section = inFence ? null : SectionOf(line);
            if (section is not null)
            {
                Flush();
                current = section.IsGroup ? null : section.Heading;
                continue;
            }

            lines.Add(line);
        }

        Flush();
        return texts;
    }

    private TemplateSection? SectionOf(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith("##", StringComparison.Ordinal))
        {
            return null;
        }

        var heading = trimmed.TrimStart('#').Trim();
        var level = trimmed.Length - trimmed.TrimStart('#').Length;
        return Sections.FirstOrDefault(s => s.Level == level && string.Equals(s.Heading.Trim(), heading, StringComparison.OrdinalIgnoreCase));
    }
}
