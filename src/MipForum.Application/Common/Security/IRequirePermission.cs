namespace MipForum.Application.Common.Security;

/// <summary>
/// Marks a message that only callers holding <see cref="RequiredPermission"/> may send. The authorization
/// behaviour checks it before validation and before the handler. Commands must carry this or
/// <see cref="IAllowAnonymous"/>; queries without it are public.
/// </summary>
public interface IRequirePermission
{
    Permission RequiredPermission { get; }
}

/// <summary>Marks a command anyone may send, signed in or not (registration). Explicit, so forgetting a permission is an error.</summary>
public interface IAllowAnonymous;

/// <summary>
/// Marks a command a silenced member may still send: withdrawing their own post, appealing, and account self-care that
/// changes nothing others read (their password, their own notifications). Every other command from a silenced member is
/// refused by the authorization behaviour, so a new command is refused while silenced unless it says otherwise here.
/// </summary>
public interface IAllowedWhileSilenced;
