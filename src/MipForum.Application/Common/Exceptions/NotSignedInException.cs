namespace MipForum.Application.Common.Exceptions;

/// <summary>The message needs a signed-in caller and there is none (401).</summary>
public sealed class NotSignedInException() : Exception("You need to sign in to do this.");
