using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace MipForum.Load.Http;

/// <summary>Signs in as a browser does (the login form with its antiforgery token) or as an API client (a bearer token).</summary>
public static class ForumSession
{
    public const string CookieName = "mipforum.auth";

    /// <summary>The session cookie's value after a form sign-in, for wrk's Cookie header and Playwright's context.</summary>
    public static async Task<string> SignInCookieAsync(Uri forum, string userName, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = forum };
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), cancellationToken), cancellationToken);
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector("input[name=_handler][value='login']") is not null)
            ?? throw new InvalidOperationException("The login page has no login form.");
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(form.GetAttribute("action") is { Length: > 0 } action ? action : "/account/login", UriKind.Relative), content, cancellationToken);
        return cookies.GetCookies(forum)[CookieName]?.Value
            ?? throw new InvalidOperationException($"Signing in as {userName} set no session cookie (HTTP {(int)response.StatusCode}).");
    }

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { userName, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return json.GetProperty("accessToken").GetString()!;
    }
}
