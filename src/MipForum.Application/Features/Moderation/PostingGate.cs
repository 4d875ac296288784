using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>
/// What a member must clear before their post is stored: not silenced or suspended; as a new account, a daily limit
/// and no links to other sites or images in their first posts (the usual spam and sock-puppet brakes).
/// </summary>
public sealed partial class PostingGate(TrustCalculator trust, IOptions<ModerationOptions> options, TimeProvider time)
{
    public async Task EnsureMayPostAsync(Member author, CookedMarkdown body, CancellationToken cancellationToken)
    {
        author.EnsureMayPost(time.GetUtcNow());
        var standing = await trust.ForAsync(author.Id, cancellationToken);
        if (standing.Level != TrustLevel.New)
        {
            return;
        }

        var limits = options.Value;
        if (standing.PostsLast24Hours >= limits.NewAccountPostsPerDay)
        {
            throw new NotPermittedException($"New accounts can write {limits.NewAccountPostsPerDay} posts a day; please come back tomorrow.");
        }

        if (standing.Facts.PostsWritten < limits.NewAccountPostsWithoutLinks && ExternalLinkOrImage().IsMatch(body.Html))
        {
            throw new NotPermittedException($"New accounts cannot post links to other sites or images in their first {limits.NewAccountPostsWithoutLinks} posts.");
        }
    }

    // Links leaving the forum (absolute http/https) and images in the cooked HTML; forum links and mentions are relative.
    [GeneratedRegex("""<img\b|<a\b[^>]*\bhref="https?://""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExternalLinkOrImage();
}
