using System.Reflection;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Web.Security;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Security;

/// <summary>
/// Pages follow the permission matrix: the host registers one policy per permission that admits exactly the roles the
/// matrix gives it, and pages and links ask for policies, never for role names. A change to the matrix therefore
/// changes who gets a page and who sees its link.
/// </summary>
public sealed partial class PermissionPoliciesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    public static TheoryData<Permission, string> Cells()
    {
        var cells = new TheoryData<Permission, string>();
        foreach (var permission in Enum.GetValues<Permission>())
        {
            foreach (var role in MemberRoleNames.All.Select(r => r.ToString()).Append("Anonymous"))
            {
                cells.Add(permission, role);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ShouldAdmitExactlyTheMatrixRolesWhenAPageAsksForAPermission(Permission permission, string role)
    {
        var authorization = forum.Services.GetRequiredService<IAuthorizationService>();
        var user = role == "Anonymous"
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "7"), new Claim(ClaimTypes.Role, role)], "test"));

        var result = await authorization.AuthorizeAsync(user, null, ForumPolicies.For(permission));

        var expected = role != "Anonymous" && PermissionMatrix.Allows(MemberRoleNames.Parse([role]), permission);
        Assert.Equal(expected, result.Succeeded);
    }

    [Fact]
    public void ShouldGuardEveryProtectedPageWithARegisteredPermissionPolicy()
    {
        var pages = typeof(ForumPolicies).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .SelectMany(t => t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => (Page: t.Name, Attribute: a)))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(pages.Where(p => !string.IsNullOrEmpty(p.Attribute.Roles)).Select(p => p.Page));
        var policies = Enum.GetValues<Permission>().Select(ForumPolicies.For).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(pages.Where(p => p.Attribute.Policy is { } policy && !policies.Contains(policy)).Select(p => p.Page));
        Assert.Contains(pages, p => p.Attribute is AuthorizePermissionAttribute { Permission: Permission.ReviewQueue });

        // A bare [Authorize] admits any signed-in member whatever the matrix says: every protected page names its permission.
        Assert.Empty(pages.Where(p => p.Attribute is not AuthorizePermissionAttribute).Select(p => p.Page));
    }

    [Fact]
    public void ShouldNameNoRolesInComponentsWhenTheyShowOrHideSomething()
    {
        var components = Path.Combine(RepositoryRoot(), "src", "MipForum.Web", "Components");
        var offenders = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .Where(file => RolesByName().IsMatch(File.ReadAllText(file)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MipForum.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (MipForum.sln) was not found.");
    }

    // <AuthorizeView Roles="…">, [Authorize(Roles = "…")], IsInRole("…"): a component deciding by role names.
    [GeneratedRegex(@"AuthorizeView[^>]*\bRoles\s*=|Authorize\s*\([^)]*Roles\s*=|IsInRole\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex RolesByName();
}
