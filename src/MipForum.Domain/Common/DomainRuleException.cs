namespace MipForum.Domain.Common;

/// <summary>A business rule refused the operation; the message is safe to show to the user.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
