namespace MipForum.Application.Tests.Markdown;

/// <summary>Reads XssVectors.txt: "=== name" lines introduce vectors; '#' lines at the top are a header.</summary>
public static class XssCorpus
{
    public static IReadOnlyList<(string Name, string Text)> Load()
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Markdown", "XssVectors.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var vectors = new List<(string, string)>();
        string? name = null;
        var body = new List<string>();
        foreach (var line in lines.SkipWhile(l => l.StartsWith('#')))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                name = line[4..].Trim();
                continue;
            }

            body.Add(line);
        }

        Flush();
        return vectors;

        void Flush()
        {
            if (name is not null)
            {
                vectors.Add((name, string.Join('\n', body).TrimEnd('\n')));
            }

            body.Clear();
        }
    }
}
