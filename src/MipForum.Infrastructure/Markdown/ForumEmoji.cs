using Markdig.Extensions.Emoji;

namespace MipForum.Infrastructure.Markdown;

/// <summary>
/// Emoji shortcodes: Markdig's GitHub set (about 1,600 names, e.g. :tada:, :+1:, :heart:, :nerd_face:) plus the
/// Discourse spellings forum regulars type from habit. Where Markdig already has a name its emoji is kept (TryAdd);
/// the ones it lacks, such as :slight_smile:, are added. Text smileys such as ":)" stay text. See docs/markdown.md.
/// </summary>
internal static class ForumEmoji
{
    public static readonly IReadOnlyDictionary<string, string> DiscourseAdditions = new Dictionary<string, string>
    {
        [":slight_smile:"] = "🙂",
        [":slightly_smiling_face:"] = "🙂",
        [":slight_frown:"] = "🙁",
        [":upside_down_face:"] = "🙃",
        [":thinking_face:"] = "🤔",
        [":hugs:"] = "🤗",
        [":face_with_rolling_eyes:"] = "🙄",
        [":rolling_eyes:"] = "🙄",
        [":raised_hands:"] = "🙌",
        [":clap:"] = "👏",
        [":pray:"] = "🙏",
        [":white_check_mark:"] = "✅",
        [":heavy_check_mark:"] = "✔️",
        [":x:"] = "❌",
        [":warning:"] = "⚠️",
        [":rocket:"] = "🚀",
        [":eyes:"] = "👀",
        [":100:"] = "💯",
    };

    public static readonly EmojiMapping Mapping = Build();

    private static EmojiMapping Build()
    {
        var shortcodes = EmojiMapping.GetDefaultEmojiShortcodeToUnicode();
        foreach (var (code, emoji) in DiscourseAdditions)
        {
            shortcodes.TryAdd(code, emoji);
        }

        // No text smileys: ":)" in an argument should stay ":)".
        return new EmojiMapping(shortcodes, new Dictionary<string, string>());
    }
}
