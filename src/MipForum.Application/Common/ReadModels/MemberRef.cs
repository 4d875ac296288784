namespace MipForum.Application.Common.ReadModels;

/// <summary>A member as read models name them: the handle links to the profile, the display name is shown.</summary>
public sealed record MemberRef(string UserName, string DisplayName);
