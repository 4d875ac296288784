using FluentValidation;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

internal static class ModerationRules
{
    /// <summary>A reason for a moderation action: required, because the public log shows it.</summary>
    public static IRuleBuilderOptions<T, string> ValidPublicReason<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.NotEmpty().WithMessage("Give a reason: it is shown in the public moderation log.")
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
}
