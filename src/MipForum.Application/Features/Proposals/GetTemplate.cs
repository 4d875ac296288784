using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>What drafting under a component asks for: its sections (with help and formats) and its periods.</summary>
public sealed record TemplateView(
    string? ComponentCode,
    string? ComponentTitle,
    bool IsGeneral,
    IReadOnlyList<TemplateSection> Sections,
    int FeedbackDays,
    int FrozenDays);

/// <summary>
/// The template for drafting under a component (<c>MIP41c5</c>), or MIP0's general template for a new MIP
/// (<c>general</c>). A component without its own template uses the general one. Null when there is no such component.
/// </summary>
public sealed record GetTemplateQuery(string ComponentCode) : IQuery<TemplateView?>;

public sealed class GetTemplateQueryHandler(IForumDbContext db) : IQueryHandler<GetTemplateQuery, TemplateView?>
{
    public const string General = "general";

    public async ValueTask<TemplateView?> Handle(GetTemplateQuery query, CancellationToken cancellationToken)
    {
        if (string.Equals(query.ComponentCode, General, StringComparison.OrdinalIgnoreCase))
        {
            var defaults = ProposalPeriods.Default;
            return new TemplateView(null, null, true, StandardTemplates.General.Sections, defaults.FeedbackDays, defaults.FrozenDays);
        }

        if (!ProposalCode.TryParse(query.ComponentCode, out var code) || code.Kind != ProposalKind.Component)
        {
            return null;
        }

        var canonical = code.ToString();
        var component = await db.Proposals.AsNoTracking()
            .Where(p => p.Code == canonical)
            .Select(p => new { p.Code, p.Title, p.Template, p.FeedbackDays, p.FrozenDays })
            .SingleOrDefaultAsync(cancellationToken);
        return component is null
            ? null
            : new TemplateView(
                component.Code,
                component.Title,
                component.Template is null,
                (component.Template ?? StandardTemplates.General).Sections,
                component.FeedbackDays,
                component.FrozenDays);
    }
}
