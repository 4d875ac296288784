namespace MipForum.Web.Tests.Support;

/// <summary>Every edit keeps a revision (no grace period in which an edit replaces the post silently).</summary>
public sealed class NoEditGraceFactory : ForumWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Posts:EditGraceSeconds"] = "0",
    };
}
