using Microsoft.AspNetCore.Components.Forms;
using MipForum.Application.Common.Exceptions;

namespace MipForum.Web.Common;

/// <summary>Copies the application layer's field errors into a form, next to the inputs they are about.</summary>
public static class ServerValidation
{
    public static void Show(this EditContext form, ValidationMessageStore messages, RequestValidationException errors)
    {
        foreach (var (field, texts) in errors.Errors)
        {
            // The application names fields in camelCase (as the API does); the form's model uses PascalCase.
            var property = field.Length == 0 ? string.Empty : char.ToUpperInvariant(field[0]) + field[1..];
            messages.Add(form.Field(property), texts);
        }

        form.NotifyValidationStateChanged();
    }

    public static void Show(this EditContext form, ValidationMessageStore messages, string field, string text)
    {
        messages.Add(form.Field(field), text);
        form.NotifyValidationStateChanged();
    }
}
