using MipForum.Application.Common.Exceptions;
using MipForum.Domain.Common;

namespace MipForum.Web.Composition;

/// <summary>
/// The status a page answers when an exception reaches the error page: the same as the API's problem details
/// (ApiExceptionHandler) for the same exception, so a refusal is never a 500 on one door and a 403 on the other.
/// </summary>
internal static class PageStatusCodes
{
    public static int Of(Exception exception) => exception switch
    {
        RequestValidationException => StatusCodes.Status400BadRequest,
        NotSignedInException => StatusCodes.Status401Unauthorized,
        ForbiddenException or NotPermittedException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        ConflictException or DomainRuleException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>What the error page may tell the reader: the forum's own rule messages are written for members; anything else is not shown.</summary>
    public static string? ReadableMessage(Exception? exception) => exception switch
    {
        NotPermittedException or DomainRuleException or ForbiddenException or TooManyRequestsException or ConflictException => exception.Message,
        _ => null,
    };
}
