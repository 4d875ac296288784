namespace MipForum.Domain.Common;

/// <summary>
/// The caller may not do this to this thing (not its author, not a moderator of it, silenced): the API answers 403.
/// A rule refusal like any other for the pages, which show its message, hence the base type.
/// </summary>
public sealed class NotPermittedException(string message) : DomainRuleException(message);
