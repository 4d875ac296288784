namespace MipForum.Domain.Common;

/// <summary>
/// Someone else changed the thing first: the caller's change is based on an old version. Sending the same request again
/// fails again, so the caller must reload and reapply (409, remedy "reload"). The message says so and is safe to show.
/// </summary>
public sealed class StaleVersionException(string message, Exception? innerException = null) : Exception(message, innerException);
