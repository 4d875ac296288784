using Bunit;
using MipForum.Web.Components.Shared;

namespace MipForum.Web.Tests.Components;

public sealed class PagerTests : BunitContext
{
    [Fact]
    public void ShouldLinkBothWaysWhenOnAMiddlePage()
    {
        var pager = Render<Pager>(p => p.Add(c => c.Page, 2).Add(c => c.PageCount, 3).Add(c => c.BasePath, "/t/x/4"));

        Assert.Equal("/t/x/4", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/t/x/4?page=3", pager.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Page 2 of 3", pager.Find(".pager__status").TextContent);
    }

    [Fact]
    public void ShouldRenderNothingWhenThereIsOnePage()
    {
        var pager = Render<Pager>(p => p.Add(c => c.Page, 1).Add(c => c.PageCount, 1).Add(c => c.BasePath, "/"));

        Assert.Empty(pager.Markup.Trim());
    }
}
