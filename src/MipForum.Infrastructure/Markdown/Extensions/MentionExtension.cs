using MipForum.Application.Common;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>@username. Linked to the profile only when the member exists (decided after parsing, see ForumMarkdownRenderer).</summary>
public sealed class MentionInline : LeafInline, ILinkTargetInline
{
    public string UserName { get; init; } = string.Empty;

    public bool Exists { get; set; }

    string ILinkTargetInline.Key => UserName;
}

/// <summary>Recognises "@name" when "@" starts a word, so e-mail addresses (a@b.org) are left alone.</summary>
public sealed class MentionParser : InlineParser
{
    public MentionParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (before.IsAlphaNumeric() || before is '_' or '.' or '-' or '@' or '/')
        {
            return false;
        }

        var start = slice.Start;
        var text = slice.Text;
        var end = start + 1;
        while (end <= slice.End && IsNameChar(text[end]))
        {
            end++;
        }

        // A sentence may end right after a mention ("thanks @amelie.r."): names never end in '.' or '-'.
        while (end > start + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var name = text[(start + 1)..end];
        if (!UserNameRules.IsValid(name))
        {
            return false;
        }

        var inline = new MentionInline
        {
            UserName = name,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
        };
        processor.Inline = inline;
        LinkTargets.Of(processor.Document).Add(inline);
        slice.Start = end;
        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}

public sealed class MentionRenderer : HtmlObjectRenderer<MentionInline>
{
    protected override void Write(HtmlRenderer renderer, MentionInline mention)
    {
        if (mention.Exists)
        {
            renderer.Write("<a class=\"mention\" href=\"").WriteEscape(ForumLinks.Member(mention.UserName)).Write("\">@").WriteEscape(mention.UserName).Write("</a>");
        }
        else
        {
            renderer.Write('@').WriteEscape(mention.UserName);
        }
    }
}

public sealed class MentionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MentionParser>())
        {
            pipeline.InlineParsers.Insert(0, new MentionParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MentionRenderer>())
        {
            html.ObjectRenderers.Insert(0, new MentionRenderer());
        }
    }
}
