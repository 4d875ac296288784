using MipForum.Application.Common;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Web.Security;

namespace MipForum.Web.Composition;

/// <summary>
/// One global limiter, chained from partitioned ones: sign-in/registration/token per IP, previews, searches, and every
/// other write per member and per IP. Other reads are not limited here. A refusal is 429 with Retry-After. The per-IP write window
/// is an <see cref="AddressWriteLimiter"/> that interactive circuits' commands count against too.
/// </summary>
internal static class RateLimiting
{

    public static IServiceCollection AddForumRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        // Every window allows at least one request in at least one second: a 0 would shut a door, not limit it.
        var checkedLimits = services.AddCheckedOptions<RateLimitOptions>(configuration, RateLimitOptions.SectionName);
        foreach (var (name, window) in RateLimitOptions.Windows)
        {
            checkedLimits
                .InRange($"{RateLimitOptions.SectionName}:{name}:PermitLimit", o => window(o).PermitLimit, 1, 1_000_000)
                .InRange($"{RateLimitOptions.SectionName}:{name}:WindowSeconds", o => window(o).WindowSeconds, 1, 86_400);
        }


        // The per-address window is shared with the interactive circuits' writes (ScopedSender): one budget per address.
        // Built from the checked options, never from a second read of configuration: a bad value stops the start.
        services.AddSingleton(provider => new AddressWriteLimiter(provider.GetRequiredService<IOptions<RateLimitOptions>>().Value.WritesPerIp));
        services.AddScoped<CircuitAddress>();
        services.AddHttpContextAccessor();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitAddressHandler>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<AddressWriteLimiter, IOptions<RateLimitOptions>>((options, perAddress, checkedOptions) =>
        {
            var limits = checkedOptions.Value;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsAuth(context) ? Window($"auth:{IpOf(context)}", limits.Auth) : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsPreview(context) ? Window($"preview:{MemberOf(context) ?? IpOf(context)}", limits.Preview) : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    WindowOf(context) == Security.RateWindow.Search ? Window($"search:{MemberOf(context) ?? IpOf(context)}", limits.Search) : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsWrite(context) && MemberOf(context) is { } member ? Window($"user:{member}", limits.WritesPerUser) : RateLimitPartition.GetNoLimiter(string.Empty)),
                perAddress.ForRequests(context => IsWrite(context) ? IpOf(context) : string.Empty));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });

    private static bool IsAuth(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && WindowOf(context) == Security.RateWindow.SignIn;

    private static bool IsPreview(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && WindowOf(context) == Security.RateWindow.Preview;

    // The routed endpoint's metadata (routing runs before the limiter): pages and API endpoints name their own window.
    private static Security.RateWindow? WindowOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Security.RateWindowAttribute>()?.Window;

    // The Blazor circuit's own transport (/_blazor) is not a user write; previews have their own, wider limit.
    private static bool IsWrite(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        && !IsAuth(context) && !IsPreview(context) && !context.Request.Path.StartsWithSegments("/_blazor");

    private static string? MemberOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;

    private static string IpOf(HttpContext context) => ClientAddress.Of(context);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = $"Too many attempts. Try again in {seconds} seconds.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = detail },
            });
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Slow down · MipForum</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"site-main\"><section class=\"empty-state\"><h1>Slow down</h1><p>{detail}</p><p><a href=\"/\">Back to MipForum</a></p></section></main></body></html>",
            cancellationToken);
    }
}
