using FluentValidation;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

internal static class ModerationRules
{
    /// <summary>A reason for a moderation action: required, because the public log shows it.</summary>
    public static IRuleBuilderOptions<T, string> ValidPublicReason<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give a reason: it is shown in the public moderation log.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The reason has no visible text: the public log would show nothing.")
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
}
