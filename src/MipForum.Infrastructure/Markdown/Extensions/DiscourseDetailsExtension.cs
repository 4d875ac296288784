using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>A Discourse fold, <c>[details="Summary"]</c> … <c>[/details]</c>, each marker on its own line: a summary a reader opens.</summary>
public sealed class DiscourseDetailsBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string Summary { get; set; } = string.Empty;

    /// <summary>Set when its [/details] (or the end of its container) closed it.</summary>
    public bool HasEnded { get; set; }
}

public sealed partial class DiscourseDetailsParser : BlockParser
{
    /// <summary>What a fold without a summary shows (Discourse shows the same).</summary>
    public const string DefaultSummary = "Summary";

    public DiscourseDetailsParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Opening().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        var summary = match.Groups["summary"].Value.Trim();
        processor.NewBlocks.Push(new DiscourseDetailsBlock(this)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
            Summary = summary.Length == 0 ? DefaultSummary : summary,
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // As with quotes: a closing marker belongs to the innermost open fold.
        if (Closing().IsMatch(processor.Line.ToString()) && !HasOpenInnerFold(block))
        {
            block.UpdateSpanEnd(processor.Line.End);
            ((DiscourseDetailsBlock)block).HasEnded = true;
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        ((DiscourseDetailsBlock)block).HasEnded = true;
        return true;
    }

    private static bool HasOpenInnerFold(Block block)
    {
        for (var child = (block as ContainerBlock)?.LastChild; child is not null; child = (child as ContainerBlock)?.LastChild)
        {
            if (child is DiscourseDetailsBlock { HasEnded: false })
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s{0,3}\[details(?:=""(?<summary>[^""\r\n]{0,200})"")?\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s{0,3}\[/details\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}

/// <summary>Renders the fold as <c>&lt;details&gt;</c> with its summary (escaped: the summary is text, never markup).</summary>
public sealed class DiscourseDetailsRenderer : HtmlObjectRenderer<DiscourseDetailsBlock>
{
    protected override void Write(HtmlRenderer renderer, DiscourseDetailsBlock details)
    {
        renderer.EnsureLine();
        renderer.Write("<details>").WriteLine();
        renderer.Write("<summary>").WriteEscape(details.Summary).Write("</summary>").WriteLine();
        renderer.WriteChildren(details);
        renderer.EnsureLine();
        renderer.Write("</details>").WriteLine();
    }
}

public sealed class DiscourseDetailsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DiscourseDetailsParser>())
        {
            pipeline.BlockParsers.Insert(0, new DiscourseDetailsParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DiscourseDetailsRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DiscourseDetailsRenderer());
        }
    }
}
