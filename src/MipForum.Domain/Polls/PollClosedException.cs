using MipForum.Domain.Common;

namespace MipForum.Domain.Polls;

/// <summary>A ballot came after the close: its own kind so the API answers 409 with a message that says so.</summary>
public sealed class PollClosedException() : DomainRuleException("This poll is closed; its ballots and result no longer change.");
