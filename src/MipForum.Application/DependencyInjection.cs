using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;

namespace MipForum.Application;

public static class DependencyInjection
{
    /// <summary>Validators and options of the application layer. Mediator itself is added by the host (source generator).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.Configure<PagingOptions>(configuration.GetSection(PagingOptions.SectionName));
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName))
            .Validate(o => o.PasswordMinLength is >= 1 and <= 1_024 && o.PasswordMaxLength >= o.PasswordMinLength && o.PasswordMaxLength <= 1_024, "Forum:Accounts:PasswordMinLength and PasswordMaxLength must be 1–1024, the minimum not above the maximum.")
            .ValidateOnStart();
        // Limits an operator sets: a value outside its range stops the start with a message rather than misbehaving later.
        services.AddOptions<PostingOptions>().Bind(configuration.GetSection(PostingOptions.SectionName))
            .Validate(o => o.EditGraceSeconds is >= 0 and <= 86_400, "Forum:Posts:EditGraceSeconds must be 0–86400.")
            .ValidateOnStart();
        services.AddOptions<ProposalOptions>().Bind(configuration.GetSection(ProposalOptions.SectionName))
            .Validate(o => o.ScheduleCheckSeconds is >= 1 and <= 3_600, "Forum:Proposals:ScheduleCheckSeconds must be 1–3600.")
            .Validate(o => o.MaxBodyLength is >= 1_000 and <= 4_194_304, "Forum:Proposals:MaxBodyLength must be 1000–4194304.")
            .Validate(o => o.MaxBodyCookedLength >= o.MaxBodyLength, "Forum:Proposals:MaxBodyCookedLength must be at least Forum:Proposals:MaxBodyLength.")
            .ValidateOnStart();
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection(ModerationOptions.SectionName))
            .Validate(o => o.HideThreshold is >= 1 and <= 1_000, "Forum:Moderation:HideThreshold must be 1–1000.")
            .Validate(o => o.NewAccountPostsPerDay >= 0 && o.NewAccountPostsWithoutLinks >= 0, "Forum:Moderation:NewAccount* limits cannot be negative.")
            .Validate(o => o.CoordinatedFlagsMinimum is >= 2 and <= 1_000, "Forum:Moderation:CoordinatedFlagsMinimum must be 2–1000.")
            .Validate(o => o.CoordinatedFlagsJoinWindowMinutes is >= 1 and <= 10_080, "Forum:Moderation:CoordinatedFlagsJoinWindowMinutes must be 1–10080.")
            .Validate(o => o.AddressHashKey.Length is 0 or >= 32, "Forum:Moderation:AddressHashKey must be empty or at least 32 characters (a long random secret).")
            .ValidateOnStart();
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName))
            .Validate(o => o.MaxMentionsPerPost is >= 0 and <= 1_000 && o.MaxMentionsPerPostNewAccount is >= 0 and <= 1_000, "Forum:Notifications:MaxMentionsPerPost and MaxMentionsPerPostNewAccount must be 0–1000.")
            .ValidateOnStart();
        services.AddScoped<Features.Notifications.MentionLimit>();
        services.AddScoped<Features.Moderation.TrustCalculator>();
        services.AddScoped<Features.Moderation.PostingGate>();
        services.AddScoped<Features.Proposals.ProposalPublisher>();
        services.Configure<WriteLimitOptions>(configuration.GetSection(WriteLimitOptions.SectionName));
        services.AddSingleton<MemberWriteLimiter>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Features.Notifications.Notifier>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        return services;
    }
}
