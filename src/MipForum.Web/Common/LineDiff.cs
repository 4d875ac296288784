using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace MipForum.Web.Common;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// A line diff for showing how a post or proposal changed between two versions, by DiffPlex (Myers' algorithm:
/// linear memory, where the hand-written longest-common-subsequence table grew with the product of both lengths).
/// </summary>
public static class LineDiff
{
    private static readonly InlineDiffBuilder Builder = new(new Differ());

    public static IReadOnlyList<DiffLine> Compute(string before, string after)
    {
        var model = Builder.BuildDiffModel(Normalize(before), Normalize(after), ignoreWhitespace: false);
        return model.Lines
            .Where(line => line.Type is not ChangeType.Imaginary)
            .Select(line => new DiffLine(
                line.Type switch
                {
                    ChangeType.Inserted => DiffKind.Added,
                    ChangeType.Deleted => DiffKind.Removed,
                    _ => DiffKind.Same,
                },
                line.Text ?? string.Empty))
            .ToList();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
