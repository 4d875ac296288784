using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Moderation;
using MipForum.Domain.Common;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Notifications;

/// <summary>
/// Caps the members one post may @mention (each mention is a notification): <c>Forum:Notifications:MaxMentionsPerPost</c>,
/// lower for new accounts. Counted in what the cooker linked, as the notifier counts them, so a name inside code does not count.
/// </summary>
public sealed class MentionLimit(IOptions<NotificationOptions> options, TrustCalculator trust)
{
    /// <exception cref="RequestValidationException">On <c>body</c>, when the post mentions more members than the author may.</exception>
    public async Task EnsureWithinLimitAsync(int authorId, CookedMarkdown body, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var mentions = body.References.MentionedUserNames.Count;
        if (mentions <= Math.Min(limits.MaxMentionsPerPost, limits.MaxMentionsPerPostNewAccount))
        {
            return;
        }

        // The trust level costs a query: only asked when the count is between the two limits or above both.
        var isNew = await trust.NewAccountStandingAsync(authorId, TrustRules.BasicPosts, 0, cancellationToken) is not null;
        var limit = isNew ? limits.MaxMentionsPerPostNewAccount : limits.MaxMentionsPerPost;
        if (mentions > limit)
        {
            var who = isNew ? "A post by a new account" : "A post";
            throw new RequestValidationException("body", $"{who} can mention at most {limit} members; this one mentions {mentions}. Remove some @mentions.");
        }
    }
}
