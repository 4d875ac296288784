using MipForum.Application.Features.Search;

namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// Full-text search over thread titles, posts, proposals, polls and members. The provider keeps its index in step with
/// the tables in the same transaction as every write (SQLite: FTS5 kept by triggers), so no command calls it; a later
/// PostgreSQL provider answers the same port with its own full-text search. Visibility is the provider's to enforce in
/// the query itself, so a page of hits is never filtered after the fact and a snippet never comes from hidden text.
/// </summary>
public interface ISearchIndex
{
    Task<SearchMatches> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Proposal codes, thread titles and members starting with what the reader typed so far.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, SearchReader reader, int limit, CancellationToken cancellationToken);

    /// <summary>Rebuilds the index from the tables (the <c>reindex-search</c> command); returns how many entries it holds.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
