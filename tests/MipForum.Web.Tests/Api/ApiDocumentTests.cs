using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>
/// The OpenAPI document describes every mapped /api/v1 endpoint, each with its success answer's schema and the
/// problem-details answers; the reference page serves at /api.
/// </summary>
public sealed partial class ApiDocumentTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldDescribeEveryApiEndpointWithAResponseSchema()
    {
        using var document = JsonDocument.Parse(await forum.CreateClient().GetStringAsync("/openapi/v1.json", Ct));
        var paths = document.RootElement.GetProperty("paths");
        var mapped = forum.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m.ToLowerInvariant(), Path: Normalized(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();

        var missing = new List<string>();
        foreach (var (method, path) in mapped)
        {
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method, out var operation))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: not in the document");
                continue;
            }

            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            var success = responses.Where(r => r.Name.StartsWith('2')).ToList();
            if (success.Count == 0)
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: no success answer");
            }
            else if (success.All(r => r.Name != "204" && !HasSchema(r.Value)))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: {string.Join(",", success.Select(r => r.Name))} without a schema");
            }

            if (!responses.Any(r => r.Name == "400" && r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)))
            {
                missing.Add($"{method.ToUpperInvariant()} {path}: no problem-details answer");
            }
        }

        Assert.True(mapped.Count > 50, $"only {mapped.Count} endpoints were found");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public async Task ShouldServeTheApiReferencePage()
    {
        var response = await forum.CreateClient().GetAsync("/api", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MipForum API", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    // "/api/v1/threads/{id:int}" is "/api/v1/threads/{id}" in the document.
    private static string Normalized(string pattern) => Constraint().Replace(pattern, "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)(?::[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
