using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>docs/permissions.md mirrors the matrix: one row per permission, with a tick exactly where the matrix has one.</summary>
public sealed class PermissionDocsTests
{
    private static readonly MemberRoles[] Columns = [MemberRoles.None, MemberRoles.Contributor, MemberRoles.Facilitator, MemberRoles.Moderator, MemberRoles.Admin];

    [Fact]
    public void ShouldDocumentEveryPermissionAsTheMatrixHasIt()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "permissions.md"))
            .SkipWhile(line => !line.StartsWith("## Role × permission matrix", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .TakeWhile(line => line.Split('|').Length == Columns.Length + 3)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1..^1])
            .ToDictionary(cells => cells[0].Trim('`'), cells => cells[1..]);

        Assert.Equal(Enum.GetNames<Permission>().Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var permission in Enum.GetValues<Permission>())
        {
            var documented = rows[permission.ToString()].Select(cell => cell == "✓");
            var matrix = Columns.Select(role => role != MemberRoles.None && PermissionMatrix.Allows(role, permission));
            Assert.True(documented.SequenceEqual(matrix), $"docs/permissions.md disagrees with PermissionMatrix on {permission}.");
        }
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
}
