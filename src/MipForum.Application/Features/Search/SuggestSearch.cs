using FluentValidation;
using Mediator;

namespace MipForum.Application.Features.Search;

/// <summary>What the header's search box offers while the reader types: proposal codes, thread titles and members.</summary>
public sealed record SuggestSearchQuery(string? Text) : IQuery<IReadOnlyList<SearchSuggestion>>;

public sealed class SuggestSearchQueryValidator : AbstractValidator<SuggestSearchQuery>
{
    public SuggestSearchQueryValidator() =>
        RuleFor(q => q.Text).MaximumLength(SearchQueryParser.MaxLength).WithMessage($"Search for at most {SearchQueryParser.MaxLength} characters.");
}

public sealed class SuggestSearchQueryHandler(Common.Interfaces.ISearchIndex index, SearchReaders readers) : IQueryHandler<SuggestSearchQuery, IReadOnlyList<SearchSuggestion>>
{
    public const int Limit = 8;

    public async ValueTask<IReadOnlyList<SearchSuggestion>> Handle(SuggestSearchQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text?.Trim() ?? string.Empty;
        if (text.Count(char.IsLetterOrDigit) < SearchQueryParser.MinPrefixLength)
        {
            return [];
        }

        return await index.SuggestAsync(text, await readers.CurrentAsync(cancellationToken), Limit, cancellationToken);
    }
}
