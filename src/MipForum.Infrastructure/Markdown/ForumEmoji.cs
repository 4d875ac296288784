using Markdig.Extensions.Emoji;

namespace MipForum.Infrastructure.Markdown;

/// <summary>
/// Emoji shortcodes: Markdig's GitHub set (about 1,600 names, e.g. :tada:, :+1:, :heart:, :nerd_face:) plus the
/// Discourse names it lacks (:slight_smile: and friends), which forum regulars type from habit. Text smileys such as
/// ":)" stay text. The full list is documented in docs/markdown.md.
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
