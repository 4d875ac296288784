namespace MipForum.Domain.Polls;

/// <summary>An option as the count sees it. An abstain option counts for turnout, never for the outcome.</summary>
public sealed record TallyOption(int Id, string Text, bool IsAbstain = false);
