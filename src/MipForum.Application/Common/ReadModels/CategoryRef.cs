namespace MipForum.Application.Common.ReadModels;

/// <summary>A category as read models name it.</summary>
public sealed record CategoryRef(string Slug, string Name);
