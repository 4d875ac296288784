namespace MipForum.Application.Common.Exceptions;

/// <summary>The caller is signed in but lacks the permission (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
