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
            .PlainPublicText()
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);

    /// <summary>Text for the public moderation log: no control characters but line breaks and tabs, no text-direction overrides.</summary>
    public static IRuleBuilderOptions<T, string> PlainPublicText<T>(this IRuleBuilderOptions<T, string> rule) =>
        rule.Must(IsPlainText).WithMessage("Write plain text: no control characters (other than line breaks and tabs) and no text-direction overrides, which would make the public log read otherwise than it is stored.");

    private static bool IsPlainText(string reason) =>
        !Domain.Common.VisibleText.ContainsHiddenControl(reason, allowLineBreaks: true);
}
