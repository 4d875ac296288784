namespace MipForum.Application.Features.Search;

/// <summary>What a hit is. A thread hit is its first post, found by its title or its text.</summary>
public enum SearchKind
{
    Post,
    Thread,
    Proposal,
    Poll,
    Member,
}
