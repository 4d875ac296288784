using FluentValidation;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Accounts;

/// <summary>Field rules shared by registration and sign-in, with messages a person can act on.</summary>
internal static class AccountFieldRules
{
    public const int EmailMaxLength = 254;

    public static IRuleBuilderOptions<T, string> ValidUserName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose a user name.")
            .PlainText("A user name")
            .Length(UserNameRules.MinLength, UserNameRules.MaxLength).WithMessage($"A user name has {UserNameRules.MinLength}–{UserNameRules.MaxLength} characters.")
            .Must(name => name.All(char.IsAscii)).WithMessage("Use only the letters a–z and A–Z, digits, '_', '-' and '.': other scripts and look-alike letters could impersonate someone.")
            .Must(UserNameRules.IsValid).WithMessage("Use only letters, digits, '_', '-' and '.' (no spaces), and start and end with a letter, digit or '_', so @mentions can find you.");

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(EmailMaxLength).WithMessage($"An email address has at most {EmailMaxLength} characters.")
            .Must(email => !email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))).WithMessage("An email address cannot contain spaces or control characters.")
            .EmailAddress().WithMessage("Enter a valid email address.");
}
