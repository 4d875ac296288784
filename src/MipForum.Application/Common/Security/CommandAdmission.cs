using Mediator;
using MipForum.Domain.Members;

namespace MipForum.Application.Common.Security;

/// <summary>
/// The pipeline's admission rule as a question: would <see cref="Behaviors.AuthorizationBehavior{TMessage,TResponse}"/> let
/// this member send a command of <typeparamref name="TCommand"/> now? Read models ask it before offering an action, and the
/// behaviour refuses with the same three checks (suspension, the matrix, silence), so a page never offers what is refused.
/// </summary>
public static class CommandAdmission
{
    public static bool Admits<TCommand>(Member member, Permission permission, DateTimeOffset now)
        where TCommand : IBaseCommand, IRequirePermission =>
        MayUse(member, permission, now) && (IsAllowedWhileSilenced(typeof(TCommand)) || !member.IsSilenced(now));

    /// <summary>Not suspended, and a role that holds the permission.</summary>
    public static bool MayUse(Member member, Permission permission, DateTimeOffset now) => RefusalOf(member, permission, now) is null;

    /// <summary>
    /// Why the member may not use the permission now (suspended, or no role holds it), in the words the pipeline refuses
    /// with; null when they may. The behaviour throws this, read models ask <see cref="MayUse"/>: one rule for both.
    /// </summary>
    public static string? RefusalOf(Member member, Permission permission, DateTimeOffset now) =>
        member.IsSuspended(now) ? $"This account is suspended until {member.SuspendedUntil!.Value.UtcDateTime:d MMM yyyy HH:mm} UTC."
        : !PermissionMatrix.Allows(member.Roles, permission) ? "You do not have permission to do this."
        : null;

    /// <summary>
    /// Whether a message of this type goes through while its sender is silenced: every query (reading), and the commands
    /// marked <see cref="IAllowedWhileSilenced"/>.
    /// </summary>
    public static bool IsAllowedWhileSilenced(Type messageType) =>
        !typeof(IBaseCommand).IsAssignableFrom(messageType) || typeof(IAllowedWhileSilenced).IsAssignableFrom(messageType);
}
