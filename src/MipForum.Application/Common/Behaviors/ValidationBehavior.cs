using FluentValidation;
using Mediator;
using MipForum.Application.Common.Exceptions;

namespace MipForum.Application.Common.Behaviors;

/// <summary>
/// Refuses U+0000 in any text field, then runs every validator for the message before the handler. Validators run one after another:
/// they may share the scope's DbContext, which is not thread-safe.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = NulCharacterCheck.FieldsWithNul(message)
            .Select(field => new FluentValidation.Results.ValidationFailure(field, "This text contains a NUL character (U+0000), which is not allowed."))
            .Concat(EnumValueCheck.FieldsWithUnknownValues(message)
                .Select(field => new FluentValidation.Results.ValidationFailure(field, "This is not one of the values this field accepts.")))
            .ToList();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => ToCamelCase(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
            throw new RequestValidationException(errors);
        }

        return await next(message, cancellationToken);
    }

    // Field names match the JSON the API takes (camelCase).
    private static string ToCamelCase(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
