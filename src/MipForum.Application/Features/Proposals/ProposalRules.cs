using FluentValidation;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

internal static class ProposalRules
{
    public static IRuleBuilderOptions<T, string> ValidProposalTitle<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the proposal a title.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The title has no visible text: only spaces, invisible or combining characters.")
            .Must(t => Domain.Common.VisibleText.ShownLength(t) >= Proposal.TitleMinLength && t.Trim().Length <= Proposal.TitleMaxLength)
            .WithMessage($"A proposal title has {Proposal.TitleMinLength} to {Proposal.TitleMaxLength} characters.")
            .PlainText("A title");

    public static IRuleBuilderOptions<T, string?> ValidSummary<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(s => (s?.Trim().Length ?? 0) <= Proposal.SummaryMaxLength)
            .WithMessage($"A summary has at most {Proposal.SummaryMaxLength} characters.")
            .Must(s => string.IsNullOrWhiteSpace(s) || Domain.Common.VisibleText.HasVisibleCharacter(s))
            .WithMessage("The summary has no visible text: write one or leave it empty.")
            .PlainText("A summary", allowLineBreaks: true);

    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(r => (r?.Trim().Length ?? 0) <= Proposal.ReasonMaxLength)
            .WithMessage($"A reason has at most {Proposal.ReasonMaxLength} characters.")
            .Must(r => string.IsNullOrWhiteSpace(r) || Domain.Common.VisibleText.HasVisibleCharacter(r))
            .WithMessage("The reason has no visible text: write one or leave it empty.")
            .PlainText("A reason", allowLineBreaks: true);

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> ValidSections<T>(this IRuleBuilderInitial<T, IReadOnlyDictionary<string, string>?> rule) =>
        rule.Must(s => s is null || (s.Count <= 40 && s.All(kv => kv.Key.Length <= 100)))
            .WithMessage("Send at most 40 sections, each named by its template heading.");

    /// <summary>
    /// A proposal's text within <c>Forum:Proposals:MaxBodyLength</c> (not the post limit): checked before cooking so
    /// the refusal names the field the author filled in.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> WithinBodyLimit<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.Must(b => (b?.Length ?? 0) <= maxLength)
            .WithMessage((_, b) => BodyTooLong(maxLength, b?.Length ?? 0));

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> SectionsWithinBodyLimit<T>(this IRuleBuilderInitial<T, IReadOnlyDictionary<string, string>?> rule, int maxLength) =>
        rule.Must(s => Length(s) <= maxLength)
            .WithMessage((_, s) => BodyTooLong(maxLength, Length(s)));

    private static int Length(IReadOnlyDictionary<string, string>? sections) => sections?.Values.Sum(v => v?.Length ?? 0) ?? 0;

    private static string BodyTooLong(int maxLength, int length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A proposal's text is limited to {maxLength:N0} characters; this one has {length:N0}.");

    /// <summary>
    /// Cooks a proposal's text. The cooker reports its refusals (nesting, rendered size) under <c>body</c>; text composed
    /// from sections is reported under <c>sections</c>, the input the author filled in.
    /// </summary>
    public static async Task<Domain.Common.CookedMarkdown> CookTextAsync(Common.Interfaces.IMarkdownCooker cooker, string markdown, bool fromSections, CancellationToken cancellationToken)
    {
        try
        {
            return await cooker.CookProposalAsync(markdown, cancellationToken);
        }
        catch (Common.Exceptions.RequestValidationException refused) when (fromSections)
        {
            throw refused.Renamed("body", "sections");
        }
    }

    /// <summary>Turns a template's section errors into validation errors keyed <c>sections[Heading]</c>, as the form and API show them.</summary>
    public static void ThrowIfAny(IReadOnlyDictionary<string, string> sectionErrors)
    {
        if (sectionErrors.Count > 0)
        {
            throw new Common.Exceptions.RequestValidationException(
                sectionErrors.ToDictionary(e => $"sections[{e.Key}]", e => new[] { e.Value }));
        }
    }
}
