using MipForum.Application.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>A Discourse quote, <c>[quote="user, post:N, topic:M"]</c> … <c>[/quote]</c>, each marker on its own line.</summary>
public sealed class DiscourseQuoteBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The quoted member; null when the attribution is missing or not a user name.</summary>
    public string? UserName { get; set; }

    public int? PostNumber { get; set; }

    public int? ThreadId { get; set; }

    /// <summary>Set when its [/quote] (or the end of its container) closed it.</summary>
    public bool HasEnded { get; set; }
}

public sealed partial class DiscourseQuoteParser : BlockParser
{
    public DiscourseQuoteParser() => OpeningCharacters = ['['];

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

        var quote = new DiscourseQuoteBlock(this)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        ReadAttribution(match.Groups["attribution"].Value, quote);
        processor.NewBlocks.Push(quote);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // Outer blocks are asked first: a closing marker belongs to the innermost open quote.
        if (Closing().IsMatch(processor.Line.ToString()) && !HasOpenInnerQuote(block))
        {
            block.UpdateSpanEnd(processor.Line.End);
            ((DiscourseQuoteBlock)block).HasEnded = true;
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    // Markdig's own open flags are not reliable while children are being parsed, so quotes track their closing marker.
    private static bool HasOpenInnerQuote(Block block)
    {
        for (var child = (block as ContainerBlock)?.LastChild; child is not null; child = (child as ContainerBlock)?.LastChild)
        {
            if (child is DiscourseQuoteBlock { HasEnded: false })
            {
                return true;
            }
        }

        return false;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        ((DiscourseQuoteBlock)block).HasEnded = true;
        return true;
    }

    // Discourse writes: user, post:N, topic:M (and sometimes ", full:true"). Anything else shows no attribution.
    private static void ReadAttribution(string attribution, DiscourseQuoteBlock quote)
    {
        var parts = attribution.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !UserNameRules.IsValid(parts[0]))
        {
            return;
        }

        quote.UserName = parts[0];
        foreach (var part in parts.Skip(1))
        {
            var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                if (pair[0] == "post")
                {
                    quote.PostNumber = number;
                }
                else if (pair[0] == "topic")
                {
                    quote.ThreadId = number;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s{0,3}\[quote(?:=""(?<attribution>[^""\r\n]{0,200})"")?\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s{0,3}\[/quote\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}

/// <summary>Renders the quote as an attributed block linking back to the quoted post.</summary>
public sealed class DiscourseQuoteRenderer : HtmlObjectRenderer<DiscourseQuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, DiscourseQuoteBlock quote)
    {
        renderer.EnsureLine();
        renderer.Write("<aside class=\"quote\">").WriteLine();
        if (quote.UserName is { } userName)
        {
            renderer.Write("<div class=\"quote__title\">");
            if (quote.ThreadId is { } thread)
            {
                var href = quote.PostNumber is { } post
                    ? ForumLinks.PostById(thread, post)
                    : ForumLinks.ThreadById(thread);
                renderer.Write("<a href=\"").Write(href).Write("\">").WriteEscape(userName).Write(" said:</a>");
            }
            else
            {
                renderer.WriteEscape(userName).Write(" said:");
            }

            renderer.Write("</div>").WriteLine();
        }

        renderer.Write("<blockquote>").WriteLine();
        renderer.WriteChildren(quote);
        renderer.EnsureLine();
        renderer.Write("</blockquote>").WriteLine();
        renderer.Write("</aside>").WriteLine();
    }
}

public sealed class DiscourseQuoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DiscourseQuoteParser>())
        {
            pipeline.BlockParsers.Insert(0, new DiscourseQuoteParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DiscourseQuoteRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DiscourseQuoteRenderer());
        }
    }
}
