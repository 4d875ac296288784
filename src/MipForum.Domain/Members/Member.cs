namespace MipForum.Domain.Members;

/// <summary>A forum member. Minimal until accounts arrive; the user name is what @mentions use.</summary>
public sealed class Member
{
    private Member()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
    }

    public Member(string userName, string displayName, DateTimeOffset joinedAt)
    {
        UserName = UserNameRules.Validate(userName);
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        JoinedAt = joinedAt;
    }

    public int Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
