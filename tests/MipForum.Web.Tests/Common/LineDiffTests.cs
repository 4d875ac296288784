using MipForum.Web.Common;

namespace MipForum.Web.Tests.Common;

/// <summary>What a reader sees on a history page: kept, removed and added lines, in order.</summary>
public sealed class LineDiffTests
{
    [Fact]
    public void ShouldShowRemovedThenAddedLinesWhenALineChanged()
    {
        var lines = LineDiff.Compute("one\ntwo\nthree", "one\nTWO\nthree\nfour");

        Assert.Equal(
            [
                new DiffLine(DiffKind.Same, "one"),
                new DiffLine(DiffKind.Removed, "two"),
                new DiffLine(DiffKind.Added, "TWO"),
                new DiffLine(DiffKind.Same, "three"),
                new DiffLine(DiffKind.Added, "four"),
            ],
            lines);
    }

    [Fact]
    public void ShouldShowNoChangeWhenOnlyLineEndingsDiffer() =>
        Assert.All(LineDiff.Compute("a\r\nb", "a\nb"), line => Assert.Equal(DiffKind.Same, line.Kind));

    [Fact]
    public void ShouldDiffALongDocumentWhenMostOfItIsKept()
    {
        var before = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"line {i}"));
        var after = before.Replace("line 2500", "line 2500 changed", StringComparison.Ordinal);

        var lines = LineDiff.Compute(before, after);

        Assert.Equal(5_001, lines.Count);
        Assert.Equal([new DiffLine(DiffKind.Removed, "line 2500"), new DiffLine(DiffKind.Added, "line 2500 changed")], lines.Where(l => l.Kind != DiffKind.Same));
    }
}
