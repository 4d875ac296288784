using System.Globalization;

namespace MipForum.Application.Common.Models;

/// <summary>
/// How long a text may be before and after cooking, and how a refusal names it: posts and proposal bodies share one
/// pipeline but not one limit (a MIP is a governance document, not a post).
/// </summary>
public sealed record TextLimits(int MaxSourceLength, int MaxCookedLength, string Field, string Plural)
{
    public static TextLimits Posts(MarkdownOptions options) => new(options.MaxSourceLength, options.MaxCookedLength, "body", "Posts");

    public static TextLimits ProposalBodies(int maxBodyLength, int maxCookedLength) => new(maxBodyLength, maxCookedLength, "body", "Proposal bodies");

    public string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{Plural} are limited to {MaxSourceLength:N0} characters; this one has {length:N0}.");
}
