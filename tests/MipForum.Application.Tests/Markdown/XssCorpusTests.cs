namespace MipForum.Application.Tests.Markdown;

/// <summary>Every vector of XssVectors.txt (OWASP, PortSwigger, markdown-it/marked/commonmark fixtures, extension abuse) cooks to inert HTML.</summary>
public sealed class XssCorpusTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, text) in XssCorpus.Load())
        {
            data.Add(name, text);
        }

        return data;
    }

    [Fact]
    public void ShouldHoldAtLeastAHundredVectors() => Assert.True(XssCorpus.Load().Count >= 100);

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task ShouldCookToInertHtmlWhenPostIsHostile(string name, string vector)
    {
        var cooked = await Renderers.CookAsync(vector);

        SafeHtmlAssert.IsInert(cooked.Html, $"(vector {name})");
    }
}
