using Microsoft.AspNetCore.Authorization;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Web.Security;

/// <summary>
/// One authorization policy per <see cref="Permission"/>, built from <see cref="PermissionMatrix"/>: pages and links ask
/// for a permission by name, and the matrix says which roles hold it. The role claims come from the cookie or bearer
/// token; the application's pipeline checks the roles again from the database for every message it handles.
/// </summary>
public static class ForumPolicies
{
    private const string Prefix = "permission:";

    /// <summary>The name of the policy that admits the holders of <paramref name="permission"/>.</summary>
    public static string For(Permission permission) => Prefix + permission;

    /// <summary>Registers the policy of every permission, as the matrix has it when the host starts.</summary>
    public static AuthorizationOptions AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(For(permission), Build(permission));
        }

        return options;
    }

    /// <summary>The policy for one permission: a signed-in caller with a role that holds it.</summary>
    public static AuthorizationPolicy Build(Permission permission)
    {
        var roles = PermissionMatrix.HoldersOf(permission).Names();
        var policy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser();

        // A permission no role holds (the scheduler's) admits no signed-in caller; RequireRole refuses an empty list.
        return (roles.Count == 0 ? policy.RequireAssertion(_ => false) : policy.RequireRole(roles)).Build();
    }
}
