namespace MipForum.Application.Common.Exceptions;

/// <summary>A command names something that does not exist (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
