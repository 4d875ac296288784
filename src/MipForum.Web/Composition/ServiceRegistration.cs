using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using MipForum.Application;
using MipForum.Application.Common.Behaviors;
using MipForum.Infrastructure;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Api;
using MipForum.Web.Caching;
using MipForum.Web.Common;

namespace MipForum.Web.Composition;

public static class ServiceRegistration
{
    /// <summary>Everything the forum needs; the single place the Mediator source generator is used.</summary>
    public static IServiceCollection AddMipForum(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration);
        services.AddForumMediator();

        services.AddScoped<ScopedSender>();
        services.AddScoped<Common.CircuitLiveUpdates>();
        services.AddSingleton<Security.ClientAddressHasher>();
        services.AddScoped<Security.PasswordSignIn>();
        services.AddSingleton<Security.SignInThrottle>(); // the counts outlive requests
        services.AddHostedService<Background.DatabaseInUseHold>();
        services.AddHostedService<Background.ScheduledPublisher>();
        services.AddHostedService<Background.PollCloser>();
        services.AddForumAuthentication(configuration);
        services.AddForumRateLimiting(configuration);
        services.AddPublicAddress(configuration);
        services.AddForwardedClientAddress(configuration);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Errors.ProblemsFromTheTable.Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddForumApiDocument();
        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        services.AddHealthChecks().AddCheck<DatabaseAnswers>("database");
        services.AddForumPageCache(configuration);

        // SignalR's default 32 KB message limit would drop the circuit when a long text reaches an island in one message:
        // the reply composer's text on Preview and Reply (32,000 characters of CJK is ~96 KB) and the proposal editor's
        // body, bound on change. Typing in the composer sends no text (ADR 0003), but these messages still need the room.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
        services.AddCacheableAntiforgery();
        return services;
    }

    /// <summary>The Mediator pipeline, outermost first: logging, authorization, write rate limit, validation, stale writes as 409, then the handler.</summary>
    public static IServiceCollection AddForumMediator(this IServiceCollection services) =>
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(WriteRateLimitBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(StaleWriteBehavior<,>),
            ];
        });

    internal static void ConfigureJson(JsonSerializerOptions options)
    {
        // Enum values travel as stable lower-case words ("formal-submission"), not numbers, both ways.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
