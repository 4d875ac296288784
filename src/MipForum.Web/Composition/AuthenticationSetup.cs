using MipForum.Application.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Web.Security;

namespace MipForum.Web.Composition;

internal static class AuthenticationSetup
{
    /// <summary>Cookies for browsers, bearer tokens for API clients; one policy scheme chooses per request.</summary>
    public static IServiceCollection AddForumAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<AuthOptions>(configuration, AuthOptions.SectionName)
            .InRange("Forum:Auth:TokenLifetimeMinutes", o => o.TokenLifetimeMinutes, 1, 1_440)
            .InRange("Forum:Auth:RefreshTokenLifetimeDays", o => o.RefreshTokenLifetimeDays, 1, 365)
            .InRange("Forum:Auth:RevalidateMinutes", o => o.RevalidateMinutes, 0, 60)
            .InRange("Forum:Auth:FreeFailedSignIns", o => o.FreeFailedSignIns, 1, 1_000)
            .Validate(o => o.FreeFailedSignInsPerAddress >= o.FreeFailedSignIns && o.FreeFailedSignInsPerAddress <= 100_000, "Forum:Auth:FreeFailedSignInsPerAddress must be at least Forum:Auth:FreeFailedSignIns and at most 100000.")
            .InRange("Forum:Auth:FailedSignInDelaySeconds", o => o.FailedSignInDelaySeconds, 1, 3_600)
            .Validate(o => o.MaxFailedSignInDelaySeconds >= o.FailedSignInDelaySeconds && o.MaxFailedSignInDelaySeconds <= 86_400, "Forum:Auth:MaxFailedSignInDelaySeconds must be at least Forum:Auth:FailedSignInDelaySeconds and at most 86400.")
            .InRange("Forum:Auth:ForgetFailedSignInsAfterMinutes", o => o.ForgetFailedSignInsAfterMinutes, 1, 10_080);
        services.AddMemoryCache();
        services.AddSingleton<BearerCredentialCheck>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ForumSchemes.CookieOrBearer;
                options.DefaultChallengeScheme = ForumSchemes.CookieOrBearer;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(ForumSchemes.CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = ForumSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddScheme<AuthenticationSchemeOptions, CheckedBearerHandler>(CheckedBearerHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureCookie));

        // Lifetimes come from the checked options, not a second read of configuration: a bad value stops the start.
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            options.BearerTokenExpiration = TimeSpan.FromMinutes(auth.Value.TokenLifetimeMinutes);
            options.RefreshTokenExpiration = TimeSpan.FromDays(auth.Value.RefreshTokenLifetimeDays);
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AuthOptions>>(
            (options, auth) => options.ValidationInterval = TimeSpan.FromMinutes(auth.Value.RevalidateMinutes));
        services.AddAuthorization(options => options.AddPermissionPolicies());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = ForumLinks.SignInPath;
        options.LogoutPath = ForumLinks.SignOutPath;
        options.AccessDeniedPath = ForumLinks.AccessDeniedPath;
        options.Cookie.Name = "mipforum.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // API callers get status codes, not redirects to an HTML sign-in page.
        options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);

        // Signing in on the login path, the cookie handler itself redirects to the page's ?returnUrl, raw: a non-ASCII
        // value there made Kestrel refuse the Location header and the sign-in answer 500, before the page's own checks.
        options.Events.OnRedirectToReturnUrl = context =>
        {
            context.Response.Redirect(Common.LocalUrl.OrHome(context.RedirectUri));
            return Task.CompletedTask;
        };
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Hands the request's authenticated principal (and its address, hashed) to the application layer's CurrentUser for this scope.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var currentUser = context.RequestServices.GetRequiredService<CurrentUser>();
            currentUser.Set(context.User);
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                // A read's messages share the reader's member row (RequestReaderMemo); a form post or API write reads afresh.
                currentUser.StartMemo();
            }

            currentUser.SetAddressHash(context.RequestServices.GetRequiredService<ClientAddressHasher>().Hash(context.Connection.RemoteIpAddress));
            await next(context);
        });
}
