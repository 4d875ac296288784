using MipForum.Domain.Common;

namespace MipForum.Application.Common.Interfaces;

/// <summary>Turns markdown into sanitized HTML. Called once, when text is written (and by preview); reads use the stored result.</summary>
public interface IMarkdownCooker
{
    /// <exception cref="Exceptions.RequestValidationException">The text is too long or too deeply nested to render safely (field <c>body</c>).</exception>
    Task<CookedMarkdown> CookAsync(string markdown, CancellationToken cancellationToken);

    /// <summary>
    /// Cooks a proposal body or annex: the same pipeline, with the proposal limits (<c>Forum:Proposals:MaxBodyLength</c>)
    /// instead of the post limits, because governance documents are far longer than posts.
    /// </summary>
    /// <exception cref="Exceptions.RequestValidationException">The text is too long (field <c>body</c>) or too deeply nested.</exception>
    Task<CookedMarkdown> CookProposalAsync(string markdown, CancellationToken cancellationToken);
}
