using Markdig.Syntax;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>
/// Mentions and proposal codes found while parsing, kept on the document so the renderer does not have to walk
/// the whole tree to find them again (a measurable share of cooking a typical post).
/// </summary>
internal static class LinkTargets
{
    private static readonly object Key = new();

    public static List<ILinkTargetInline> Of(MarkdownDocument document)
    {
        if (document.GetData(Key) is not List<ILinkTargetInline> targets)
        {
            targets = [];
            document.SetData(Key, targets);
        }

        return targets;
    }
}
