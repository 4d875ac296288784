namespace MipForum.Web.Tests.Support;

/// <summary>Tiny page sizes so the demo content spans several pages.</summary>
public sealed class SmallPagesFactory : ForumWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Paging:PostsPerPage"] = "5",
        ["Forum:Paging:ThreadsPerPage"] = "2",
    };
}
