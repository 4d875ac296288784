namespace MipForum.Web.Tests.Support;

/// <summary>The demo forum plus an admin configured the way an operator would (Forum:Admin:*).</summary>
public sealed class AccountsFactory : ForumWebFactory
{
    public const string AdminName = "root.admin";
    public const string AdminPassword = "an operator chosen password";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Admin:UserName"] = AdminName,
        ["Forum:Admin:Email"] = "root@example.org",
        ["Forum:Admin:Password"] = AdminPassword,
    };
}
