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
    public static bool MayUse(Member member, Permission permission, DateTimeOffset now) =>
        !member.IsSuspended(now) && PermissionMatrix.Allows(member.Roles, permission);

    /// <summary>
    /// Whether a message of this type goes through while its sender is silenced: every query (reading), and the commands
    /// marked <see cref="IAllowedWhileSilenced"/>.
    /// </summary>
    public static bool IsAllowedWhileSilenced(Type messageType) =>
        !typeof(IBaseCommand).IsAssignableFrom(messageType) || typeof(IAllowedWhileSilenced).IsAssignableFrom(messageType);
}
