using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Search;

/// <summary>
/// A part of a snippet: text as stored, and whether it matched the search. Pages show matches in <c>&lt;mark&gt;</c>;
/// the text is never markup, so a snippet cannot inject any.
/// </summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// One hit: what it is, where it leads, its title, a snippet of its text with the matched words marked, who wrote it
/// and when. <see cref="Status"/> is the proposal's status name for a proposal, or the status of the proposal a thread
/// is about.
/// </summary>
public sealed record SearchHit(
    SearchKind Kind,
    int Id,
    string Title,
    string Url,
    IReadOnlyList<SnippetPart> Snippet,
    MemberRef? Author,
    DateTimeOffset At,
    string? Category,
    string? Status)
{
    /// <summary>A post's number in its thread (1 for a thread hit); null for other kinds.</summary>
    public int? Number { get; init; }

    /// <summary>Where a poll was asked: its thread's title.</summary>
    public string? Context { get; init; }

    public string SnippetText => string.Concat(Snippet.Select(p => p.Text));
}

/// <summary>
/// A page of hits, best first. <see cref="HasMore"/> says whether a next page exists (counting every hit of a common
/// word would cost more than finding the page). <see cref="GoTo"/> is set when the search was a proposal's exact code.
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Page, int PageSize, bool HasMore, string? GoTo = null)
{
    public static SearchPage Empty(int pageSize) => new([], 1, pageSize, false);
}

/// <summary>What the search box suggests while typing: a proposal code, a thread title or a member.</summary>
public sealed record SearchSuggestion(SearchKind Kind, string Label, string? Detail, string Url);

/// <summary>
/// What the index found for a page: each match's kind (a thread's first post is a <see cref="SearchKind.Post"/> here),
/// its id and its snippet, best first; the application reads the rest of each hit from the tables.
/// </summary>
public sealed record SearchMatch(SearchKind Kind, int Id, IReadOnlyList<SnippetPart> Snippet);

public sealed record SearchMatches(IReadOnlyList<SearchMatch> Matches, bool HasMore);
