using MipForum.Domain.Common;

namespace MipForum.Application.Common.Interfaces;

/// <summary>Turns markdown into sanitized HTML. Called once, when text is written (and by preview); reads use the stored result.</summary>
public interface IMarkdownCooker
{
    /// <exception cref="Exceptions.RequestValidationException">The text is too long or too deeply nested to render safely.</exception>
    Task<CookedMarkdown> CookAsync(string markdown, CancellationToken cancellationToken);
}
