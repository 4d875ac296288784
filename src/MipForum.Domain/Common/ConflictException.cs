namespace MipForum.Domain.Common;

/// <summary>Someone else changed the thing first (an edit based on an old version); the caller must reload (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
