using System.Text;

namespace MipForum.Application.Features.Polls;

/// <summary>Plain text placed inside markdown the forum writes (a poll's announcement): every markdown character escaped.</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~>&";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (Special.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character is '\r' or '\n' ? ' ' : character);
        }

        return escaped.ToString();
    }
}
