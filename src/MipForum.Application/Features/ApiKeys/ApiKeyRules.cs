using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.ApiKeys;

internal static class ApiKeyRules
{
    /// <summary>Keys are managed by their owner in person: a leaked key must not be able to make more keys or list them.</summary>
    public static void RefuseThroughAKey(ICurrentUser currentUser)
    {
        if (currentUser.KeyScope is not null)
        {
            throw new ForbiddenException("API keys are managed on your account page, signed in, not with an API key.");
        }
    }
}
