using FluentValidation;
using MipForum.Domain.Common;

namespace MipForum.Application.Common.Validation;

/// <summary>
/// Short texts other people read (titles, names, reasons, summaries, messages) refuse what would make them read
/// otherwise than they are stored: control characters and text-direction overrides ("\u202Etneserp" shows "present").
/// Post bodies are markdown and are neutralized by the cooker instead.
/// </summary>
public static class PlainTextRules
{
    public static IRuleBuilderOptions<T, TText> PlainText<T, TText>(this IRuleBuilder<T, TText> rule, string what, bool allowLineBreaks = false) =>
        rule.Must(text => !VisibleText.ContainsHiddenControl(text as string, allowLineBreaks)).WithMessage(Message(what, allowLineBreaks));

    public static string Message(string what, bool allowLineBreaks) =>
        $"{what} cannot contain control characters{(allowLineBreaks ? " (other than line breaks and tabs)" : string.Empty)} or text-direction controls (U+202A–U+202E, U+2066–U+2069): they would make it read otherwise than it is written.";
}
