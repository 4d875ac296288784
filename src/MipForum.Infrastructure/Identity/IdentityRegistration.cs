using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

internal static class IdentityRegistration
{
    /// <summary>Identity for credentials only: users, password hashing, security stamps. Sign-in schemes are the host's.</summary>
    public static IServiceCollection AddForumIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<ForumUser>(options =>
            {
                // Length over composition rules (NIST SP 800-63B), as Discourse does.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                // No account lockout: it told which names exist and let anyone lock any member out. The host slows
                // guessing per name and address instead (SignInThrottle), which never stops the owner elsewhere.
                options.Lockout.AllowedForNewUsers = false;
                options.SignIn.RequireConfirmedAccount = true; // answered by DemoAccountConfirmation
            })
            .AddEntityFrameworkStores<ForumDbContext>()
            .AddClaimsPrincipalFactory<ForumClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // The minimum length comes from the checked AccountOptions (the validators use the same value), never from a
        // second read of configuration that would skip their range check.
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>(
            (options, accounts) => options.Password.RequiredLength = accounts.Value.PasswordMinLength);
        services.AddScoped<ILookupNormalizer, ForumLookupNormalizer>(); // replaces Identity's default: one rule for names
        services.AddForumDataProtection(); // token providers, cookies and bearer tokens: keys per deployment
        services.AddSingleton(provider => new DeploymentSecrets(ForumDataProtection.KeyFolder(provider)));
        services.AddScoped<IUserConfirmation<ForumUser>, DemoAccountConfirmation>();
        services.AddScoped<IAccountService, IdentityAccountService>();
        // Half a bootstrap admin is a typo, not a choice: without this the start would silently make no admin.
        services.AddCheckedOptions<AdminOptions>(configuration, AdminOptions.SectionName)
            .Validate(o => !o.IsPartial || !string.IsNullOrWhiteSpace(o.UserName), "Forum:Admin:UserName is missing: set Forum:Admin:UserName, Email and Password together, or none of them.")
            .Validate(o => !o.IsPartial || !string.IsNullOrWhiteSpace(o.Email), "Forum:Admin:Email is missing: set Forum:Admin:UserName, Email and Password together, or none of them.")
            .Validate(o => !o.IsPartial || !string.IsNullOrWhiteSpace(o.Password), "Forum:Admin:Password is missing: set Forum:Admin:UserName, Email and Password together, or none of them.");
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<MipForum.Application.Common.Interfaces.IApiKeySecrets, ApiKeySecrets>();
        services.AddScoped<ApiKeyVerifier>();
        return services;
    }
}
