using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Posts;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Common;
using MipForum.Web.Security;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>HTTP writes and a circuit's writes from one address share one window (Forum:RateLimits:WritesPerIp).</summary>
public sealed class CircuitWritesPerAddressTests
{
    private const string Address = "203.0.113.7";

    private sealed class OneAddressFactory : ForumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Forum:RateLimits:WritesPerIp:PermitLimit", "4");
            builder.UseSetting("Forum:RateLimits:WritesPerIp:WindowSeconds", "600");
        }
    }

    [Fact]
    public async Task ShouldCountCircuitWritesTowardTheAddressLimitOfHttpWrites()
    {
        await using var forum = new OneAddressFactory();
        var client = forum.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, Address); // every HTTP request comes from the circuit's address
        var ct = TestContext.Current.CancellationToken;
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var tkdev = await client.TokenAsync("tkdev", ForumClient.DemoPassword);
        var reply = await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post to like" }, tkdev);
        var postId = (await reply.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}/like", null, wei)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{postId}/like", null, wei)).StatusCode);

        await using var circuit = forum.Services.CreateAsyncScope();
        var weiId = await circuit.ServiceProvider.GetRequiredService<ForumDbContext>().Members.Where(m => m.UserName == "wei_chen").Select(m => m.Id).SingleAsync(ct);
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, weiId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
        ((IHostEnvironmentAuthenticationStateProvider)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn)));
        circuit.ServiceProvider.GetRequiredService<CircuitAddress>().Value = Address;
        var sender = circuit.ServiceProvider.GetRequiredService<ScopedSender>();

        // Three HTTP writes so far; the fourth write of the window comes over the circuit, the fifth is one too many.
        Assert.True((await sender.Send(new LikePostCommand(postId), ct)).LikedByMe);
        await Assert.ThrowsAsync<TooManyRequestsException>(async () => await sender.Send(new UnlikePostCommand(postId), ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{postId}/like", null, wei)).StatusCode);
    }
}
