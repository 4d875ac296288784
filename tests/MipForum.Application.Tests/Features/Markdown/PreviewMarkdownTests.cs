using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Markdown;

public sealed class PreviewMarkdownTests
{
    [Fact]
    public async Task ShouldRenderExactlyWhatStoringWouldWhenSignedIn()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");
        await host.MemberAsync("sato-k");
        const string raw = "Thanks @sato-k and @ghost :tada:\n\n> quoted";

        var preview = await host.SendAsync(new PreviewMarkdownQuery(raw), asMember: me);

        var stored = await host.InScopeAsync(services => services.GetRequiredService<IMarkdownCooker>().CookAsync(raw, TestContext.Current.CancellationToken));
        Assert.Equal(stored.Html, preview.Cooked);
        Assert.Contains("<a class=\"mention\" href=\"/u/sato-k\">@sato-k</a>", preview.Cooked, StringComparison.Ordinal);
        Assert.Contains("@ghost 🎉", preview.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRejectWithTheSameMessageAsStoringWhenTooLong()
    {
        await using var host = await ForumTestHost.StartAsync(new Dictionary<string, string?> { ["Forum:Markdown:MaxSourceLength"] = "50" });
        var me = await host.MemberAsync("amelie.r");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new PreviewMarkdownQuery(new string('x', 51)), asMember: me));

        Assert.Equal("Posts are limited to 50 characters; this one has 51.", Assert.Single(error.Errors["raw"]));
    }

    [Fact]
    public async Task ShouldPreviewAProposalTextLongerThanAPostWithinTheProposalLimit()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");
        var text = string.Concat(Enumerable.Repeat("A paragraph of a long governance document.\n\n", 1_000));

        var preview = await host.SendAsync(new PreviewMarkdownQuery(text, AsProposalBody: true), asMember: me);
        var asPost = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new PreviewMarkdownQuery(text), asMember: me));
        var tooLong = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new PreviewMarkdownQuery(new string('x', 262_145), AsProposalBody: true), asMember: me));

        Assert.True(text.Length > 32_000);
        Assert.Equal(1_000, preview.Cooked.Split("<p>").Length - 1);
        Assert.Contains("raw", asPost.Errors.Keys);
        Assert.Equal("Proposal bodies are limited to 262,144 characters; this one has 262,145.", Assert.Single(tooLong.Errors["raw"]));
    }

    [Fact]
    public async Task ShouldRefuseWhenNobodyIsSignedIn()
    {
        await using var host = await ForumTestHost.StartAsync();

        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new PreviewMarkdownQuery("hello")));
    }
}
