namespace MipForum.Domain.Polls;

/// <summary>
/// One ballot as the count sees it: the options chosen (in rank order for a ranked poll) and the weight it carries at
/// the close (1 in a one-member-one-vote poll; the voter's snapshot weight plus what was delegated to them otherwise).
/// </summary>
public sealed record CountedBallot(IReadOnlyList<int> Choices, decimal Weight);
