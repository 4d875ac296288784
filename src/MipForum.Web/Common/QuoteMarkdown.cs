namespace MipForum.Web.Common;

/// <summary>The Discourse quote block the composer inserts; the renderer's DiscourseQuoteParser reads the same shape.</summary>
public static class QuoteMarkdown
{
    public static string Of(string userName, int postNumber, int threadId, string text) =>
        $"[quote=\"{userName}, post:{postNumber}, topic:{threadId}\"]\n{text.Trim()}\n[/quote]\n\n";
}
