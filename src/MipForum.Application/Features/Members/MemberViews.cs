namespace MipForum.Application.Features.Members;

public sealed record RecentPost(int ThreadId, string ThreadTitle, string ThreadSlug, int Number, DateTimeOffset CreatedAt);

/// <summary>What anyone sees on /u/{userName}.</summary>
public sealed record MemberProfile(
    string UserName,
    string DisplayName,
    DateTimeOffset JoinedAt,
    IReadOnlyList<string> Roles,
    int PostCount,
    IReadOnlyList<RecentPost> RecentPosts)
{
    /// <summary>Set for an author imported from another forum: where from, and who claimed them since (if anyone).</summary>
    public ImportedAuthor? Imported { get; init; }
}

/// <summary>An imported author's origin: their name and profile on the forum they came from, and the member who claimed them.</summary>
public sealed record ImportedAuthor(string Source, string OriginUserName, string OriginProfileUrl, string? ClaimedBy);

/// <summary>The signed-in caller, as /api/v1/me returns it.</summary>
public sealed record CurrentMember(int Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, DateTimeOffset JoinedAt);

/// <summary>A row of the admin's member list.</summary>
public sealed record MemberAdminRow(string UserName, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset JoinedAt);

public sealed record RoleChangeView(string UserName, string ChangedBy, IReadOnlyList<string> OldRoles, IReadOnlyList<string> NewRoles, DateTimeOffset ChangedAt);
