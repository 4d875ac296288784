using Markdig;
using MipForum.Infrastructure.Markdown.Extensions;

namespace MipForum.Infrastructure.Markdown;

internal static class ForumMarkdownPipeline
{
    /// <summary>
    /// CommonMark plus the extensions chosen one by one. UseAdvancedExtensions() is avoided on purpose: it includes
    /// generic attributes ({onclick=...}), which would let a post carry event handlers and styles.
    /// </summary>
    public static MarkdownPipeline Build() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes()
            .UseEmojiAndSmiley(ForumEmoji.Mapping)
            .Use<DiscourseQuoteExtension>()
            .Use<MentionExtension>()
            .Use<ProposalCodeExtension>()
            .Use<SafeLinksExtension>()
            .DisableHtml()
            .Build();
}
