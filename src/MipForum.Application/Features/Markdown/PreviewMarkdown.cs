using Mediator;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Markdown;

public sealed record MarkdownPreview(string Cooked);

/// <summary>
/// Renders markdown exactly as storing it would (same cooker, same lookups), without storing anything.
/// Signed-in members only: it queries which members and proposals exist.
/// </summary>
public sealed record PreviewMarkdownQuery(string Raw) : IQuery<MarkdownPreview>, IRequirePermission
{
    public Permission RequiredPermission => Permission.PreviewMarkdown;
}

public sealed class PreviewMarkdownQueryHandler(IMarkdownCooker cooker) : IQueryHandler<PreviewMarkdownQuery, MarkdownPreview>
{
    // Length and nesting limits are the cooker's, so preview and storing refuse the same texts with the same message.
    public async ValueTask<MarkdownPreview> Handle(PreviewMarkdownQuery query, CancellationToken cancellationToken) =>
        new((await cooker.CookAsync(query.Raw ?? string.Empty, cancellationToken)).Html);
}
