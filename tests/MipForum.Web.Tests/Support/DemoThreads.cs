using System.Net.Http.Json;
using System.Text.Json;

namespace MipForum.Web.Tests.Support;

internal static class DemoThreads
{
    public const string OffboardingTitle = "MIP41c5-SP2: Facilitator Offboarding (RWF-001)";
    public const string OffboardingSlug = "mip41c5-sp2-facilitator-offboarding-rwf-001";

    /// <summary>The demo offboarding thread's id, found the way a client would: through the API.</summary>
    public static async Task<int> OffboardingThreadIdAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/threads?page=1", TestContext.Current.CancellationToken);
        foreach (var page in Enumerable.Range(1, 10))
        {
            var items = page == 1 ? list : await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads?page={page}", TestContext.Current.CancellationToken);
            foreach (var item in items.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("title").GetString() == OffboardingTitle)
                {
                    return item.GetProperty("id").GetInt32();
                }
            }
        }

        throw new InvalidOperationException("The demo offboarding thread was not seeded.");
    }
}
