using Mediator;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// Checks the caller's permission for every message before validation and before the handler, whichever door
/// (page, island, API) the message came through. Roles come from the database on every request (a GET's reads share
/// one read: SignedInReader, ADR 0028), so a demotion takes effect at once, whatever cookie or token the caller still holds. A read-only API key sends no command at all. A silenced member's commands are refused
/// here too, all of them but those marked <see cref="IAllowedWhileSilenced"/>, so no handler can forget the silence.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser, TimeProvider time, SignedInReader reader)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (currentUser.IsSystem)
        {
            return await next(message, cancellationToken);
        }

        if (message is IBaseCommand && currentUser.KeyScope == ApiKeyScope.Read)
        {
            // A read-only key reads as its owner and changes nothing, whatever its owner's roles allow.
            throw new ForbiddenException("This API key may only read. Create a read-write key on your account page to write.");
        }

        if (message is IRequirePermission required)
        {
            var member = await DemandAsync(message is IBaseCommand, required.RequiredPermission, cancellationToken);
            RefuseWhileSilenced(message, member);
        }
        else if (message is IBaseCommand && message is not IAllowAnonymous)
        {
            // Default deny: a command that names no permission is a programming error, not an open door.
            throw new ForbiddenException($"{typeof(TMessage).Name} declares no permission and is refused.");
        }
        else if (message is IBaseCommand && currentUser.MemberId is { } memberId
            && await reader.ReadFreshAsync(memberId, cancellationToken) is { } signedIn)
        {
            // An anonymous-allowed command (registration) sent by a signed-in, silenced member: no second account meanwhile.
            RefuseWhileSilenced(message, signedIn);
        }

        if (message is IBaseCommand && currentUser is CurrentUser { Memo: { } memo })
        {
            try
            {
                return await next(message, cancellationToken);
            }
            finally
            {
                // A write may change the caller's own row (a role, a silence): the request's later reads read it again.
                memo.Forget();
            }
        }

        return await next(message, cancellationToken);
    }

    private void RefuseWhileSilenced(TMessage message, Member member)
    {
        if (!CommandAdmission.IsAllowedWhileSilenced(message.GetType()))
        {
            member.EnsureNotSilenced(time.GetUtcNow());
        }
    }

    private async Task<Member> DemandAsync(bool command, Permission permission, CancellationToken cancellationToken)
    {
        if (currentUser.MemberId is not { } memberId)
        {
            throw new NotSignedInException();
        }

        // A read may use the row its request already read (SignedInReader); a command reads its own, after any earlier write.
        var member = await (command ? reader.ReadFreshAsync(memberId, cancellationToken) : reader.FindAsync(memberId, cancellationToken))
            ?? throw new NotSignedInException();

        // A suspension ends cookie sessions at once, but an API token lives until it expires: refuse it here. The rule is
        // CommandAdmission's, which read models ask before offering an action.
        if (CommandAdmission.RefusalOf(member, permission, time.GetUtcNow()) is { } refusal)
        {
            throw new ForbiddenException(refusal);
        }

        return member;
    }
}
