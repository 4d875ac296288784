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
        var result = await page.RunAxe(Options);
        var url = new Uri(page.Url).PathAndQuery;
        return result.Violations
            .Where(violation => Blocking.Contains(violation.Impact))
            .SelectMany(violation => violation.Nodes.Select(node =>
                $"{url}: {violation.Id} ({violation.Impact}) at {node.Target}: {violation.Help} [{violation.HelpUrl}]"))
            .ToList();
    }
}
