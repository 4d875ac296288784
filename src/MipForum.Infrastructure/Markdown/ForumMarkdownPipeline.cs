using Markdig;
using MipForum.Infrastructure.Markdown.Extensions;

namespace MipForum.Infrastructure.Markdown;

internal static class ForumMarkdownPipeline
{
    /// <summary>
    /// CommonMark plus the extensions chosen one by one. UseAdvancedExtensions() is avoided on purpose: it includes
    /// generic attributes ({onclick=...}), which would let a post carry event handlers and styles.
    /// </summary>
    public static MarkdownPipeline Build() => Builder().Use<SafeLinksExtension>().DisableHtml().Build();

    /// <summary>
    /// The same syntax without the link check, for reading text that is not cooked from this parse (the Discourse import
    /// rewrites it, then cooks the result through <see cref="Build"/>): unsafe links stay links so they can be found.
    /// </summary>
    public static MarkdownPipeline BuildForReading() => Builder().DisableHtml().Build();

    private static MarkdownPipelineBuilder Builder() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes()
            .UseEmojiAndSmiley(ForumEmoji.Mapping)
            .Use<DiscourseQuoteExtension>()
            .Use<DiscourseDetailsExtension>()
            .Use<MentionExtension>()
            .Use<ProposalCodeExtension>();
}
