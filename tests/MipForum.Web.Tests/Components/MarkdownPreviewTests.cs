using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application;
using MipForum.Infrastructure;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Common;
using MipForum.Web.Components.Shared;
using MipForum.Web.Composition;

namespace MipForum.Web.Tests.Components;

/// <summary>The composer's preview island, wired to the real application layer on a demo SQLite database.</summary>
public sealed class MarkdownPreviewTests : BunitContext, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mipforum-preview-{Guid.NewGuid():N}.db");
    private readonly SignedInAs _user = new();

    public MarkdownPreviewTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Forum"] = $"Data Source={_databasePath}",
            ["Forum:SeedDemo"] = "true",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton(TimeProvider.System);
        Services.AddLogging();
        Services.AddApplication(configuration);
        Services.AddInfrastructure(configuration);
        Services.AddForumMediator();
        Services.AddScoped<ScopedSender>();
        Services.AddSingleton<AuthenticationStateProvider>(_user);
    }

    public async ValueTask InitializeAsync() => await Services.InitializeDatabaseAsync(Xunit.TestContext.Current.CancellationToken);

    [Fact]
    public void ShouldShowTheCookedHtmlWhenSignedIn()
    {
        _user.MemberId = 1;

        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "Thanks @sato-k :tada: see MIP41c5-SP2"));

        preview.WaitForAssertion(() => preview.Find(".cooked").MarkupMatches(
            "<div class=\"cooked\"><p>Thanks <a class=\"mention\" href=\"/u/sato-k\">@sato-k</a> 🎉 see <a class=\"proposal-link\" href=\"/proposals/MIP41c5-SP2\">MIP41c5-SP2</a></p></div>"));
    }

    [Fact]
    public void ShouldExplainWhenTheTextIsTooLong()
    {
        _user.MemberId = 1;

        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, new string('x', 32_001)));

        preview.WaitForAssertion(() => Assert.Equal("Posts are limited to 32,000 characters; this one has 32,001.", preview.Find(".form-error").TextContent));
    }

    [Fact]
    public void ShouldAskToSignInWhenAnonymous()
    {
        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "hello"));

        preview.WaitForAssertion(() => Assert.Equal("Sign in to preview.", preview.Find(".form-error").TextContent));
    }

    [Fact]
    public void ShouldSayNothingToPreviewWhenEmpty()
    {
        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "   "));

        Assert.Equal("Nothing to preview yet.", preview.Find(".muted").TextContent);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    private sealed class SignedInAs : AuthenticationStateProvider
    {
        public int? MemberId { get; set; }

        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(MemberId is { } id
                ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"))
                : new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
