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
public sealed class PostingGate(TrustCalculator trust, IOptions<ModerationOptions> options, TimeProvider time)
{
    public async Task EnsureMayPostAsync(Member author, CookedMarkdown body, CancellationToken cancellationToken)
    {
        author.EnsureMayPost(time.GetUtcNow());
        var limits = options.Value;
        if (await trust.NewAccountStandingAsync(author.Id, limits.NewAccountPostsWithoutLinks, limits.NewAccountPostsPerDay, cancellationToken) is not { } standing)
        {
            return;
        }

        if (standing.PostsLast24Hours >= limits.NewAccountPostsPerDay)
        {
            throw new NotPermittedException($"New accounts can write {limits.NewAccountPostsPerDay} posts a day; please come back tomorrow.");
        }

        EnsureLinksAllowed(standing, body);
    }

    /// <summary>
    /// The new-account link rule for an edit: the text a post shows after an edit must pass it as a new post would, or
    /// a link could be added once the post was accepted.
    /// </summary>
    public async Task EnsureNewAccountMayLinkAsync(Member author, CookedMarkdown body, CancellationToken cancellationToken)
    {
        if (!body.HasExternalLinkOrImage)
        {
            return;
        }

        if (await trust.NewAccountStandingAsync(author.Id, options.Value.NewAccountPostsWithoutLinks, 0, cancellationToken) is { } standing)
        {
            EnsureLinksAllowed(standing, body);
        }
    }

    // The cooker marks every link that leaves the forum and every image, in whatever form the markdown wrote it
    // (http:, https:, mailto:, "//host", autolinks, reference links); mentions, proposal codes and quote links are relative.
    private void EnsureLinksAllowed(TrustCalculator.NewAccountStanding standing, CookedMarkdown body)
    {
        var withoutLinks = options.Value.NewAccountPostsWithoutLinks;
        if (standing.PostsWritten < withoutLinks && body.HasExternalLinkOrImage)
        {
            throw new NotPermittedException($"New accounts cannot post links to other sites or images in their first {withoutLinks} posts.");
        }
    }
}
