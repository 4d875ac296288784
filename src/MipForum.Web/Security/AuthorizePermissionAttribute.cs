using Microsoft.AspNetCore.Authorization;
using MipForum.Application.Common.Security;

namespace MipForum.Web.Security;

/// <summary>
/// A page for the holders of one permission (<c>@attribute [AuthorizePermission(Permission.ReviewQueue)]</c>): the policy
/// <see cref="ForumPolicies"/> built from the permission matrix, never a list of role names.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizePermissionAttribute(Permission permission) : AuthorizeAttribute(ForumPolicies.For(permission))
{
    public Permission Permission { get; } = permission;
}
