namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>An inline that becomes a link only if what it names exists (a member, a proposal).</summary>
public interface ILinkTargetInline
{
    string Key { get; }

    bool Exists { get; set; }
}
