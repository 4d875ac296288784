namespace MipForum.Domain.Common;

/// <summary>
/// A business rule refused the operation as it stands (a locked thread, a closed period, a duplicate): the API answers 409.
/// The message is safe to show to the user. Not sealed: <see cref="NotPermittedException"/> is the permission-type kind.
/// </summary>
public class DomainRuleException(string message) : Exception(message);
