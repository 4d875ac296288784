using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Search;

/// <summary>
/// Searches the forum as the current reader may read it. <paramref name="Text"/> is what they typed, with inline filters;
/// <paramref name="Filters"/> are the API's parameters, which an inline filter of the same kind overrides. A proposal's
/// exact code answers with <see cref="SearchPage.GoTo"/> set to that proposal.
/// </summary>
public sealed record SearchForumQuery(string? Text, SearchFilters? Filters = null, int Page = 1) : IQuery<SearchPage>;

public sealed class SearchForumQueryValidator : AbstractValidator<SearchForumQuery>
{
    /// <summary>Deep pages of a common word cost the index the most and serve nobody: refine the search instead.</summary>
    public const int MaxPage = 50;

    public SearchForumQueryValidator()
    {
        RuleFor(q => q.Text).MaximumLength(SearchQueryParser.MaxLength).WithMessage($"Search for at most {SearchQueryParser.MaxLength} characters.");
        RuleFor(q => q.Page).InclusiveBetween(1, MaxPage).WithMessage($"Page must be between 1 and {MaxPage}: add a word or a filter to narrow the search.");
        RuleFor(q => q).Custom((query, context) =>
        {
            var (search, errors) = SearchQueryParser.Parse(query.Text, query.Filters);
            foreach (var error in errors)
            {
                context.AddFailure(nameof(SearchForumQuery.Text), error);
            }

            if (errors.Count == 0 && !search.HasRequiredTerm && !search.Filters.Any)
            {
                context.AddFailure(nameof(SearchForumQuery.Text), "Type something to search for.");
            }

            if (search.Filters is { Before: { } before, After: { } after } && before <= after)
            {
                context.AddFailure(nameof(SearchForumQuery.Text), "“before:” must be a later day than “after:”.");
            }
        });
    }
}

public sealed class SearchForumQueryHandler(IForumDbContext db, ISearchIndex index, SearchReaders readers, SearchHitDetails details, IOptions<PagingOptions> paging)
    : IQueryHandler<SearchForumQuery, SearchPage>
{
    public async ValueTask<SearchPage> Handle(SearchForumQuery query, CancellationToken cancellationToken)
    {
        var reader = await readers.CurrentAsync(cancellationToken);
        if (await ExactProposalAsync(query.Text, reader, cancellationToken) is { } code)
        {
            return SearchPage.Empty(paging.Value.SearchResultsPerPage) with { GoTo = ForumLinks.Proposal(code) };
        }

        var (search, _) = SearchQueryParser.Parse(query.Text, query.Filters);
        var pageSize = paging.Value.SearchResultsPerPage;
        var found = await index.SearchAsync(new SearchRequest(search, reader, query.Page, pageSize), cancellationToken);
        return new SearchPage(await details.ReadAsync(found.Matches, cancellationToken), query.Page, pageSize, found.HasMore);
    }

    // A published proposal's code typed alone goes straight to it, as the reader meant (drafts have no code).
    private async Task<string?> ExactProposalAsync(string? text, SearchReader reader, CancellationToken cancellationToken)
    {
        if (text is null || !ProposalCode.TryParse(text.Trim(), out var parsed))
        {
            return null;
        }

        var code = parsed.ToString();
        return await db.Proposals.AsNoTracking().AnyAsync(p => p.Code == code && p.PublishedAt != null, cancellationToken) ? code : null;
    }
}
