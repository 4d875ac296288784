using FluentValidation;

namespace MipForum.Application.Common.Models;

public static class PageRules
{
    /// <summary>Bounded so a crafted ?page= cannot ask the database to skip billions of rows.</summary>
    public const int MaxPage = 100_000;

    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage($"Page must be between 1 and {MaxPage}.");
}
