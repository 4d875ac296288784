using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MipForum.EndToEnd.Support;

/// <summary>Runs axe-core on the open page and lists every serious or critical violation (rule, target, help).</summary>
public static class AxeCheck
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // label-content-name-mismatch (on by default in axe-core 4.14) is named so that it keeps running if a version turns it off: issue 10 reported it.
    private static readonly AxeRunOptions Options = new()
    {
        Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The blocking violations on the page, one line per element, empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page)
    {
        var result = await RunSettledAsync(page);
        var url = new Uri(page.Url).PathAndQuery;
        return result.Violations
            .Where(violation => Blocking.Contains(violation.Impact))
            .SelectMany(violation => violation.Nodes.Select(node =>
                $"{url}: {violation.Id} ({violation.Impact}) at {node.Target}: {violation.Help} [{violation.HelpUrl}]"))
            .ToList();
    }

    // A click that enhanced navigation turns into a fetch resolves the URL wait before the new content is patched in;
    // axe injected in between loses its execution context (CI stop 25). Wait for the page to settle, and run once more
    // if a navigation still replaced the context mid-run: that is the harness racing the page, not a violation.
    private static async Task<AxeResult> RunSettledAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        try
        {
            return await page.RunAxe(Options);
        }
        catch (PlaywrightException exception) when (exception.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            return await page.RunAxe(Options);
        }
    }
}
