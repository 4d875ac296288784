using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Infrastructure.Markdown;

namespace MipForum.Web.Tests.Support;

/// <summary>
/// Stands in for a write that lost every race against concurrent writers (what ReplyToThread and the proposal publisher
/// then throw): a text containing <see cref="Marker"/> is refused as busy, as many times as the budget says; every other
/// text is cooked by the real cooker.
/// </summary>
internal sealed class BusyCooker(ForumMarkdownCooker inner, BusyCooker.Budget budget) : IMarkdownCooker
{
    public const string Marker = "(busy)";

    public Task<CookedMarkdown> CookAsync(string markdown, CancellationToken cancellationToken) =>
        IsBusy(markdown) ? throw Busy() : inner.CookAsync(markdown, cancellationToken);

    public Task<CookedMarkdown> CookProposalAsync(string markdown, CancellationToken cancellationToken) =>
        IsBusy(markdown) ? throw Busy() : inner.CookProposalAsync(markdown, cancellationToken);

    public static void Register(IServiceCollection services, Budget budget)
    {
        services.AddSingleton(budget);
        services.AddScoped<ForumMarkdownCooker>();
        services.AddScoped<IMarkdownCooker, BusyCooker>();
    }

    private bool IsBusy(string markdown)
    {
        if (!markdown.Contains(Marker, StringComparison.Ordinal) || budget.Remaining <= 0)
        {
            return false;
        }

        budget.Remaining--;
        return true;
    }

    private static BusyException Busy() => new("The thread is very busy right now; your reply was not saved. Please try again in a moment.");

    internal sealed class Budget
    {
        public int Remaining { get; set; } = int.MaxValue;
    }
}
