using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>What an integrator sees for text that renders as nothing, a NUL, or a reserved user name: 400 naming the field.</summary>
public sealed class InvisibleInputApiTests(ForumWebFactory forum)
{
    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
    }

    [Fact]
    public async Task ShouldAnswer400NamingTheFieldWhenTextIsInvisibleOrHasANul()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);

        var invisible = await ErrorsAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads/1/posts", new { body = "\u200B\u2060\u3164\u2800" }, token));
        var combining = await ErrorsAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title = new string('\u0308', 30), body = "Visible", category = "general" }, token));
        var nul = await ErrorsAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads/1/posts", new { body = "Looks fine\u0000" }, token));

        Assert.Contains("no visible text", invisible.GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no visible text", combining.GetProperty("title")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("U+0000", nul.GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswer400WhenRegisteringAReservedName()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { userName = "Admin", email = "fake.admin@example.org", password = "a long enough password" }, TestContext.Current.CancellationToken);

        var errors = await ErrorsAsync(response);
        Assert.Equal("'Admin' is reserved: choose another user name.", errors.GetProperty("userName")[0].GetString());
    }

    [Fact]
    public async Task ShouldAnswer400WhenRegisteringALookAlikeOfAMember()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { userName = "lena_v", email = "fake.lena@example.org", password = "a long enough password" }, TestContext.Current.CancellationToken);

        var errors = await ErrorsAsync(response);
        Assert.Equal("'lena_v' looks too much like @lena.v, who is already a member: choose a user name nobody could mistake for theirs.", errors.GetProperty("userName")[0].GetString());
    }
}
