using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;

namespace MipForum.Web.Tests.Support;

/// <summary>What a browser or API client does, spelled out for HttpClient: tokens, Blazor SSR form posts.</summary>
internal static class ForumClient
{
    public const string DemoPassword = "mipforum-demo";

    public static async Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, TestContext.Current.CancellationToken);

    public static async Task<string> TokenAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.RequestTokenAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return json.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Starts a thread in "general" through the API; its id and the id of its first post.</summary>
    public static async Task<(int ThreadId, int FirstPostId)> StartThreadAsync(this HttpClient client, string token, string title, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title, body, category = "general" }, token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var threadId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        var thread = await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", ct);
        return (threadId, thread.GetProperty("posts").GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? token = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.WithBearer(token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Loads a page, fills the Blazor SSR form with the given handler name (its hidden fields, antiforgery token
    /// included, are kept) and posts it back, as a browser submitting the form would.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {pageUrl}.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> SignInWithFormAsync(this HttpClient client, string userName, string password) =>
        client.SubmitFormAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    public static string? AntiforgeryToken(this IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
}
