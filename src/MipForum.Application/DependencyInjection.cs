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
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.SectionName));
        services.Configure<PostingOptions>(configuration.GetSection(PostingOptions.SectionName));
        services.Configure<ProposalOptions>(configuration.GetSection(ProposalOptions.SectionName));
        services.Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.SectionName));
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
