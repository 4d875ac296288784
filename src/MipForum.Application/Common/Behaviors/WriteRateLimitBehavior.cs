using Mediator;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// Limits how many commands a signed-in member sends, whichever door they come through (API, form, island).
/// Runs after authorization (it needs the member) and before validation (invalid spam counts too).
/// </summary>
public sealed class WriteRateLimitBehavior<TMessage, TResponse>(ICurrentUser currentUser, MemberWriteLimiter limiter)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand && !currentUser.IsSystem && currentUser.MemberId is { } memberId)
        {
            limiter.Acquire(memberId);
        }

        return next(message, cancellationToken);
    }
}
