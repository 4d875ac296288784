using Microsoft.AspNetCore.Components.Forms;

namespace MipForum.Web.Errors;

/// <summary>
/// The scaffold every form and island shares: its EditContext and ValidationMessageStore, one action at a time, and the
/// refusal of the last one read from <see cref="ErrorTable"/>. Field errors go next to the inputs the form shows; any the
/// form has no input for join the summary, so no refusal is silent. Failures that are not the forum's own refusals are
/// not caught: a page answers them with the error page, as before.
/// </summary>
public sealed class ServerForm
{
    /// <summary>Shown above a form whose field errors all sit next to their inputs.</summary>
    public const string SeeTheFields = "Some fields need attention; see the messages below them.";

    private readonly ValidationMessageStore? _messages;
    private readonly Func<string, bool> _shows;
    private readonly Func<string, string> _propertyOf;
    private Dictionary<string, string[]> _fieldErrors = [];
    private readonly EditContext? _editContext;
    private Func<Task>? _last;

    /// <summary>A form without an EditContext (an island's buttons, a plain form): every message is in the summary.</summary>
    public ServerForm(Func<string, bool>? shows = null)
    {
        _shows = shows ?? (_ => false);
        _propertyOf = key => key;
    }

    /// <summary>
    /// An EditForm over <paramref name="model"/> with a ValidationMessage for each of <paramref name="fields"/>, named as the
    /// API names them (camelCase); each is the model property of the same name in PascalCase.
    /// </summary>
    public ServerForm(object model, params string[] fields)
    {
        _editContext = new EditContext(model);
        _messages = new ValidationMessageStore(_editContext);
        var shown = new HashSet<string>(fields, StringComparer.Ordinal);
        _shows = shown.Contains;
        _propertyOf = key => char.ToUpperInvariant(key[0]) + key[1..];
    }

    public EditContext EditContext => _editContext ?? throw new InvalidOperationException("This form has no model.");

    /// <summary>The last action's refusal, or a message the page set; null after a success.</summary>
    public ErrorOutcome? Refusal { get; private set; }

    /// <summary>The summary line: the refusal's message and every field error the form has no input for.</summary>
    public string? Message { get; private set; }

    public ErrorRemedy Remedy => Refusal?.Remedy ?? ErrorRemedy.None;

    /// <summary>Field errors by API key, for forms that show them without an EditContext (FieldError).</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors => _fieldErrors;

    public bool Busy { get; private set; }

    /// <summary>An island can offer to send the refused action again when the remedy is to retry.</summary>
    public bool CanRetry => Remedy == ErrorRemedy.Retry && _last is not null && !Busy;

    /// <summary>Runs one action; a second while one runs is ignored (a double click). False when it was refused.</summary>
    public async Task<bool> RunAsync(Func<Task> action)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        Clear();
        _last = action;
        try
        {
            await action();
            _last = null;
            return true;
        }
        catch (Exception exception) when (ErrorTable.IsRefusal(exception, out var outcome))
        {
            Show(outcome);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    public Task<bool> RetryAsync() => _last is { } last ? RunAsync(last) : Task.FromResult(false);

    /// <summary>A check the page makes itself before sending (passwords that differ, nothing chosen): shown like a server's.</summary>
    public void Refuse(string field, string message) =>
        Show(ErrorTable.For(new Application.Common.Exceptions.RequestValidationException(field, message)));

    /// <summary>A refusal with no field (a missing upload): shown in the summary.</summary>
    public void Refuse(string message) =>
        Show(ErrorTable.For(new Domain.Common.DomainRuleException(message)));

    /// <summary>The field changed, so its old message no longer describes it (sending checks again).</summary>
    public void ClearField(string key)
    {
        if (_fieldErrors.Remove(key) && _messages is not null)
        {
            _messages.Clear(EditContext.Field(_propertyOf(key)));
            EditContext.NotifyValidationStateChanged();
        }
    }

    public void Clear()
    {
        Refusal = null;
        Message = null;
        _fieldErrors = [];
        if (_messages is not null)
        {
            _messages.Clear();
            EditContext.NotifyValidationStateChanged();
        }
    }

    private void Show(ErrorOutcome outcome)
    {
        Refusal = outcome;
        var unshown = new List<string>();
        foreach (var (key, texts) in outcome.FieldErrors)
        {
            _fieldErrors[key] = [.. _fieldErrors.GetValueOrDefault(key, []), .. texts];
            if (key.Length > 0 && _shows(key))
            {
                _messages?.Add(EditContext.Field(_propertyOf(key)), texts);
            }
            else
            {
                unshown.AddRange(texts);
            }
        }

        Message = outcome.Message is not null ? string.Join(" ", [outcome.Message, .. unshown])
            : unshown.Count > 0 ? string.Join(" ", unshown)
            : outcome.FieldErrors.Count > 0 ? SeeTheFields
            : null;
        if (_messages is not null)
        {
            EditContext.NotifyValidationStateChanged();
        }
    }
}
