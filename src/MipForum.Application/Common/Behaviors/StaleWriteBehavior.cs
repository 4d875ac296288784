using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Domain.Common;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// A save from a stale copy of an aggregate root (its row version moved since it was read, ADR 0020) that no handler
/// turned into its own answer becomes a <see cref="StaleVersionException"/>: 409, remedy "reload", nothing saved. The
/// change was judged against state that is gone (a moderator hid a post that was just restored, two admins set the same
/// member's trust level), so sending it again blindly would be wrong; the caller reloads and decides again. Handlers that
/// can safely redo their work (replies, publication) retry lost races themselves and never let this reach here.
/// </summary>
public sealed class StaleWriteBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (DbUpdateConcurrencyException failure)
        {
            throw new StaleVersionException("Someone else changed this at the same moment, so your change was not saved. Reload to see the current state and try again.", failure);
        }
    }
}
