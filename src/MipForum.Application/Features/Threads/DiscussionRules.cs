using FluentValidation;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Application.Features.Threads;

/// <summary>Field rules shared by starting threads and writing posts, with messages a writer can act on.</summary>
internal static class DiscussionRules
{
    /// <summary>Generous upper bound before cooking; the cooker applies the configured limit with its own message.</summary>
    public const int BodyHardLimit = 1_000_000;

    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write something first: the post is empty.")
            .Must(VisibleText.HasVisibleMarkdown).WithMessage("The post has no visible text: only spaces, invisible or combining characters.")
            .MaximumLength(BodyHardLimit).WithMessage("This post is far too long.");

    /// <summary>
    /// After cooking: markup around nothing (an empty link, emphasis of a zero-width space) shows nothing either.
    /// Thrown as a validation error on <c>body</c>, like the checks on the source.
    /// </summary>
    public static CookedMarkdown ShowingSomething(this CookedMarkdown body) =>
        VisibleText.HasVisibleHtml(body.Html)
            ? body
            : throw new Common.Exceptions.RequestValidationException("body", "The post would show nothing: write some visible text.");

    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the thread a title.")
            .Must(VisibleText.HasVisibleCharacter).WithMessage("The title has no visible text: only spaces, invisible or combining characters.")
            .Must(title => VisibleText.ShownLength(title) >= ForumThread.TitleMinLength).WithMessage($"A title has at least {ForumThread.TitleMinLength} characters: say what the thread is about.")
            .Must(title => title.Trim().Length <= ForumThread.TitleMaxLength).WithMessage($"A title has at most {ForumThread.TitleMaxLength} characters.")
            .PlainText("A title");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || tags.Count <= ThreadTags.MaxPerThread).WithMessage($"A thread has at most {ThreadTags.MaxPerThread} tags.")
            .Must(tags => tags is null || tags.All(t => ThreadTags.IsTag(t?.Trim().ToLowerInvariant())))
            .WithMessage($"Tags are lower-case letters, digits and '-' (at most {ThreadTags.MaxLength} characters), e.g. mip41 or rwf-001.");
}
