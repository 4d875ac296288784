namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// Reads the text of posts written on Discourse so MipForum's own pipeline can cook it: the markdown is parsed (never
/// patched by pattern), so code blocks keep what looks like a mention or a quote.
/// </summary>
public interface IDiscourseText
{
    /// <summary>The user names the markdown @mentions (outside code).</summary>
    IReadOnlyCollection<string> MentionedNames(string raw);

    /// <summary>The user names quotes name as their authors (<c>[quote="bob, post:2, topic:9"]</c>, or <c>username:bob</c>).</summary>
    IReadOnlyCollection<string> QuotedNames(string raw);

    /// <summary>The user names Discourse's own cooked HTML links as mentions: people who exist there.</summary>
    IReadOnlyCollection<string> LinkedMentions(string cookedHtml);

    /// <summary>Rewrites Discourse's markdown for this forum (names, quotes, uploads); the notes say what was changed or kept.</summary>
    DiscourseTranslation Translate(string raw, DiscourseLinks links);

    /// <summary>Markdown for a post whose raw text the export lacks, read from its cooked HTML (sanitized first).</summary>
    string MarkdownFromCooked(string cookedHtml);
}

/// <summary>How names and quoted posts of the other forum are found here.</summary>
/// <param name="UserName">A Discourse user name to the name here; null when the name links to nobody (kept as plain text).</param>
/// <param name="Post">A quoted Discourse topic and post number to the thread and post number here; null when not imported.</param>
/// <param name="QuotedName">The name a quote's title shows for a Discourse user name (their placeholder's, or the name as written).</param>
public sealed record DiscourseLinks(Func<string, string?> UserName, Func<long, int?, (int ThreadId, int? Number)?> Post, Func<string, string> QuotedName);

public sealed record DiscourseTranslation(string Markdown, IReadOnlyList<string> Notes);
