using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Search;

/// <summary>One word or quoted phrase of a search: matched as a prefix (<c>facilit*</c>), or excluded (<c>-draft</c>).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase = false, bool IsPrefix = false, bool IsExcluded = false);

/// <summary>
/// What narrows a search besides its words: the kind of hit, the author, the category, a tag, a proposal status and a
/// creation window (<see cref="After"/> inclusive, <see cref="Before"/> exclusive, both whole UTC days).
/// </summary>
public sealed record SearchFilters(
    SearchKind? Kind = null,
    string? Author = null,
    string? Category = null,
    string? Tag = null,
    ProposalStatus? Status = null,
    DateOnly? Before = null,
    DateOnly? After = null)
{
    public bool Any => this != new SearchFilters();
}

/// <summary>A search as the parser read it: its terms and its filters, the inline ones merged with the API's parameters.</summary>
public sealed record ParsedSearch(IReadOnlyList<SearchTerm> Terms, SearchFilters Filters)
{
    /// <summary>Whether any term must be present: without one the search lists what the filters select, newest first.</summary>
    public bool HasRequiredTerm => Terms.Any(t => !t.IsExcluded);
}

/// <summary>Who searches: what they may read decides what they find (null member: anonymous).</summary>
public sealed record SearchReader(int? MemberId, bool IsStaff)
{
    public static SearchReader Anonymous { get; } = new(null, false);
}

/// <summary>A page of a search, as the index is asked for it.</summary>
public sealed record SearchRequest(ParsedSearch Search, SearchReader Reader, int Page, int PageSize);
