using MipForum.Application.Common;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>A proposal code in text (MIP41, MIP41c5, MIP41c5-SP2), linked when that proposal exists.</summary>
public sealed class ProposalCodeInline : LeafInline, ILinkTargetInline
{
    public string Code { get; init; } = string.Empty;

    public bool Exists { get; set; }

    string ILinkTargetInline.Key => Code;
}

public sealed partial class ProposalCodeParser : InlineParser
{
    public ProposalCodeParser() => OpeningCharacters = ['M'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (before.IsAlphaNumeric() || before is '_' or '-' or '/' or '.' or '@')
        {
            return false;
        }

        var match = Code().Match(slice.Text, slice.Start, slice.End - slice.Start + 1);
        if (!match.Success)
        {
            return false;
        }

        var start = slice.Start;
        var inline = new ProposalCodeInline
        {
            Code = match.Value,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + match.Length - 1)),
            Line = line,
            Column = column,
        };
        processor.Inline = inline;
        LinkTargets.Of(processor.Document).Add(inline);
        slice.Start = start + match.Length;
        return true;
    }

    // Same shape as ProposalCode, upper-case "MIP" only, and not glued to a following word.
    [GeneratedRegex(@"\GMIP(?:0|[1-9][0-9]{0,5})(?:c[1-9][0-9]{0,3}(?:-SP[1-9][0-9]{0,3})?)?(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}

public sealed class ProposalCodeRenderer : HtmlObjectRenderer<ProposalCodeInline>
{
    protected override void Write(HtmlRenderer renderer, ProposalCodeInline code)
    {
        if (code.Exists)
        {
            renderer.Write("<a class=\"proposal-link\" href=\"").WriteEscape(ForumLinks.Proposal(code.Code)).Write("\">").WriteEscape(code.Code).Write("</a>");
        }
        else
        {
            renderer.WriteEscape(code.Code);
        }
    }
}

public sealed class ProposalCodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ProposalCodeParser>())
        {
            pipeline.InlineParsers.Add(new ProposalCodeParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ProposalCodeRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ProposalCodeRenderer());
        }
    }
}
