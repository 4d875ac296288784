using Bunit;

namespace MipForum.Web.Tests.Support;

/// <summary>
/// The browser side of the reply composer, faked: composer.js holds <paramref name="text"/> in the box (restored from a
/// draft or typed) and hands it over when the island asks; quote-selection.js attaches. The invocations show what the
/// island asked of the browser.
/// </summary>
internal static class ComposerScript
{
    public static BunitJSModuleInterop Fake(BunitJSInterop js, string text)
    {
        var module = js.SetupModule("./js/composer.js");
        module.Setup<bool?>("attach", _ => true).SetResult(!string.IsNullOrWhiteSpace(text));
        module.Setup<string>("text", _ => true).SetResult(text);
        foreach (var call in new[] { "detach", "wrap", "completeMention", "append", "discard", "reportNextInput" })
        {
            module.SetupVoid(call, _ => true).SetVoidResult();
        }

        var quoting = js.SetupModule("./js/quote-selection.js");
        quoting.SetupVoid("attach", _ => true).SetVoidResult();
        quoting.SetupVoid("detach", _ => true).SetVoidResult();
        return module;
    }
}
