using Mediator;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Markdown;

public sealed record MarkdownPreview(string Cooked);

/// <summary>
/// Renders markdown exactly as storing it would (same cooker, same lookups), without storing anything.
/// Signed-in members only: it queries which members and proposals exist. <see cref="AsProposalBody"/> previews a
/// proposal's text within the proposal limit (the editor), not the post limit.
/// </summary>
public sealed record PreviewMarkdownQuery(string Raw, bool AsProposalBody = false) : IQuery<MarkdownPreview>, IRequirePermission
{
    public Permission RequiredPermission => Permission.PreviewMarkdown;
}

public sealed class PreviewMarkdownQueryHandler(IMarkdownCooker cooker) : IQueryHandler<PreviewMarkdownQuery, MarkdownPreview>
{
    // Length and nesting limits are the cooker's, so preview and storing refuse the same texts with the same message,
    // under the preview's own input name (raw).
    public async ValueTask<MarkdownPreview> Handle(PreviewMarkdownQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return new((query.AsProposalBody
                ? await cooker.CookProposalAsync(query.Raw ?? string.Empty, cancellationToken)
                : await cooker.CookAsync(query.Raw ?? string.Empty, cancellationToken)).Html);
        }
        catch (Common.Exceptions.RequestValidationException refused)
        {
            throw refused.Renamed("body", "raw");
        }
    }
}
