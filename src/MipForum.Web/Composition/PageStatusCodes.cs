using MipForum.Application.Common.Exceptions;
using MipForum.Domain.Common;

namespace MipForum.Web.Composition;

/// <summary>The status a page answers when an exception reaches the error page (the API has its own problem details).</summary>
internal static class PageStatusCodes
{
    public static int Of(Exception exception) => exception switch
    {
        ForbiddenException or NotPermittedException => StatusCodes.Status403Forbidden,
        NotSignedInException => StatusCodes.Status401Unauthorized,
        NotFoundException => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status500InternalServerError,
    };
}
