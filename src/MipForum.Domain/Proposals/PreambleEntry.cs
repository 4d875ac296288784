namespace MipForum.Domain.Proposals;

/// <summary>One line of a MIP's preamble block (<c>Key: value</c>); a line that is not <c>Key: value</c> is kept whole in <see cref="Key"/> with a null value.</summary>
public sealed record PreambleEntry(string Key, string? Value);
