using Markdig;

namespace MipForum.Infrastructure.Markdown;

internal static class ForumMarkdownPipeline
{
    /// <summary>
    /// Extensions are chosen one by one. UseAdvancedExtensions() is avoided on purpose: it includes
    /// generic attributes ({onclick=...}), which would let a post carry event handlers and styles.
    /// </summary>
    public static MarkdownPipeline Build() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseFootnotes()
            .UseEmojiAndSmiley(enableSmileys: false)
            .DisableHtml()
            .Build();
}
