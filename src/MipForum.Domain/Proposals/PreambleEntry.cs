namespace MipForum.Domain.Proposals;

/// <summary>One line of a MIP's preamble block (<c>Key: value</c>), kept exactly as written so exports match imports.</summary>
public sealed record PreambleEntry(string Key, string Value);
