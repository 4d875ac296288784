namespace MipForum.Domain.Common;

/// <summary>
/// An aggregate root whose stored row carries a version that moves on every saved change of the row, whatever changed
/// (text, likes, moderation state, sanctions, status). Persistence bumps it (the DbContext on save, set-based writes in
/// their own statement) and checks it on every update: a change saved from a stale copy fails instead of silently
/// overwriting a change made meanwhile (ADR 0020). Not a text version: <c>Post.Version</c> and <c>Proposal.Version</c>
/// count the author's edits, which a like or a moderator's action does not touch.
/// </summary>
public interface IVersioned
{
    /// <summary>1 when first stored, +1 per stored change of the row.</summary>
    int RowVersion { get; }
}
