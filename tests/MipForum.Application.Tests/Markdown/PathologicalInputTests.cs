using MipForum.Application.Common.Exceptions;

namespace MipForum.Application.Tests.Markdown;

/// <summary>
/// Inputs that hang or crash naive renderers. Each must finish (the test's own timeout catches a hang; no timing
/// is asserted) and end either in HTML that passes the allow-list or in a validation error for the writer.
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "nested-brackets", new string('[', 15_000) + "x" + new string(']', 15_000) },
        { "nested-parentheses-link", "[a](" + new string('(', 15_000) + ")" },
        { "nested-blockquotes", new string('>', 20_000) + " deep" },
        { "nested-lists", string.Concat(Enumerable.Range(0, 170).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "nested-ordered-lists", string.Concat(Enumerable.Repeat("1. ", 9_000)) + "x" },
        { "nested-emphasis", new string('*', 15_000) + "x" + new string('*', 15_000) },
        { "unclosed-emphasis-runs", string.Concat(Enumerable.Repeat("*a _b ", 5_000)) },
        { "backtick-runs", string.Concat(Enumerable.Range(1, 240).Select(i => new string('`', i) + " ")) },
        { "many-autolinks", string.Concat(Enumerable.Repeat("www.a.io ", 3_500)) },
        { "many-headings", string.Concat(Enumerable.Repeat("# h\n", 7_000)) },
        { "wide-table", "|" + string.Concat(Enumerable.Repeat(" a |", 3_000)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 3_000)) },
        { "ragged-table", "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("|x|\n", 7_000)) },
        { "nested-quotes-extension", string.Concat(Enumerable.Repeat("[quote=\"sato-k, post:1, topic:1\"]\n", 900)) + "x" },
        { "mention-storm", string.Concat(Enumerable.Repeat("@sato-k ", 3_900)) },
        { "link-reference-storm", string.Concat(Enumerable.Range(0, 700).Select(i => $"[r{i}]: https://example.org/{i}\n[x][r{i}] ")) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task ShouldFinishWithSafeHtmlOrAClearErrorWhenInputIsPathological(string name, string markdown)
    {
        Assert.True(markdown.Length <= 32_000, $"{name} is {markdown.Length} characters: keep it under the limit so the renderer really runs");

        try
        {
            var cooked = await Renderers.CookAsync(markdown);
            SafeHtmlAssert.IsInert(cooked.Html, $"({name})");
        }
        catch (RequestValidationException error)
        {
            Assert.Equal(["body"], error.Errors.Keys);
            Assert.NotEmpty(error.Errors["body"][0]);
        }
    }

    [Fact]
    public async Task ShouldRejectLongInputsBeforeRendering()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Renderers.CookAsync(new string('>', 1_000_000)));

        Assert.Contains("limited to 32,000 characters", error.Errors["body"][0], StringComparison.Ordinal);
    }
}
