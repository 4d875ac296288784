using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Every setting is bound and checked the same way: a value outside its range stops the start naming the key.
        services.AddCheckedOptions<PagingOptions>(configuration, PagingOptions.SectionName)
            .InRange("Forum:Paging:ThreadsPerPage", o => o.ThreadsPerPage, 1, 500)
            .InRange("Forum:Paging:PostsPerPage", o => o.PostsPerPage, 1, 500)
            .InRange("Forum:Paging:ProposalsPerPage", o => o.ProposalsPerPage, 1, 500)
            .InRange("Forum:Paging:SearchResultsPerPage", o => o.SearchResultsPerPage, 1, 100);
        services.AddCheckedOptions<MarkdownOptions>(configuration, MarkdownOptions.SectionName)
            .InRange("Forum:Markdown:MaxSourceLength", o => o.MaxSourceLength, 1, 1_048_576)
            .Validate(o => o.MaxCookedLength >= o.MaxSourceLength && o.MaxCookedLength <= 67_108_864, "Forum:Markdown:MaxCookedLength must be at least Forum:Markdown:MaxSourceLength and at most 67108864.");
        services.AddCheckedOptions<AccountOptions>(configuration, AccountOptions.SectionName)
            .Validate(o => o.PasswordMinLength is >= 1 and <= 1_024 && o.PasswordMaxLength >= o.PasswordMinLength && o.PasswordMaxLength <= 1_024, "Forum:Accounts:PasswordMinLength and PasswordMaxLength must be 1–1024, the minimum not above the maximum.");
        services.AddCheckedOptions<PostingOptions>(configuration, PostingOptions.SectionName)
            .InRange("Forum:Posts:EditGraceSeconds", o => o.EditGraceSeconds, 0, 86_400);
        services.AddCheckedOptions<ProposalOptions>(configuration, ProposalOptions.SectionName)
            .InRange("Forum:Proposals:ScheduleCheckSeconds", o => o.ScheduleCheckSeconds, 1, 3_600)
            .InRange("Forum:Proposals:MaxBodyLength", o => o.MaxBodyLength, 1_000, 4_194_304)
            .Validate(o => o.MaxBodyCookedLength >= o.MaxBodyLength, "Forum:Proposals:MaxBodyCookedLength must be at least Forum:Proposals:MaxBodyLength.");
        services.AddCheckedOptions<ModerationOptions>(configuration, ModerationOptions.SectionName)
            .InRange("Forum:Moderation:HideThreshold", o => o.HideThreshold, 1, 1_000)
            .InRange("Forum:Moderation:NewAccountPostsPerDay", o => o.NewAccountPostsPerDay, 0, int.MaxValue)
            .InRange("Forum:Moderation:NewAccountPostsWithoutLinks", o => o.NewAccountPostsWithoutLinks, 0, int.MaxValue)
            .InRange("Forum:Moderation:CoordinatedFlagsMinimum", o => o.CoordinatedFlagsMinimum, 2, 1_000)
            .InRange("Forum:Moderation:CoordinatedFlagsJoinWindowMinutes", o => o.CoordinatedFlagsJoinWindowMinutes, 1, 10_080)
            .Validate(o => o.AddressHashKey.Length is 0 or >= 32, "Forum:Moderation:AddressHashKey must be empty or at least 32 characters (a long random secret).");
        services.AddCheckedOptions<NotificationOptions>(configuration, NotificationOptions.SectionName)
            .InRange("Forum:Notifications:MaxMentionsPerPost", o => o.MaxMentionsPerPost, 0, 1_000)
            .InRange("Forum:Notifications:MaxMentionsPerPostNewAccount", o => o.MaxMentionsPerPostNewAccount, 0, 1_000);
        services.AddCheckedOptions<PollOptions>(configuration, PollOptions.SectionName)
            .InRange("Forum:Polls:MaxOptions", o => o.MaxOptions, 2, 20)
            .InRange("Forum:Polls:CloseCheckSeconds", o => o.CloseCheckSeconds, 1, 3_600)
            .InRange("Forum:Polls:MaxSnapshotRows", o => o.MaxSnapshotRows, 1, 1_000_000);
        services.AddScoped<Features.Polls.PollWeighing>();
        services.AddScoped<Features.Polls.PollBallotBox>();
        services.AddScoped<Features.Polls.DelegateNotes>();
        services.TryAddSingleton<IThreadPageCache, NoThreadPageCache>(); // the infrastructure's cache replaces it
        services.AddScoped<Features.Posts.AnsweredPostsRule>();
        services.AddSingleton<Features.Threads.ReplyQueue>(); // the turns outlive requests
        services.AddScoped<Features.Search.SearchReaders>();
        services.AddScoped<Features.Search.SearchHitDetails>();
        services.AddScoped<Features.Notifications.MentionLimit>();
        services.AddScoped<Features.Moderation.TrustCalculator>();
        services.AddScoped<Features.Moderation.PostingGate>();
        services.AddScoped<Features.Proposals.ProposalPublisher>();
        services.AddCheckedOptions<WriteLimitOptions>(configuration, WriteLimitOptions.SectionName)
            .InRange("Forum:RateLimits:Commands:PermitLimit", o => o.PermitLimit, 1, 1_000_000)
            .InRange("Forum:RateLimits:Commands:WindowSeconds", o => o.WindowSeconds, 1, 86_400);
        services.AddSingleton<MemberWriteLimiter>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<SignedInReader>();
        services.AddScoped<Features.Notifications.Notifier>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        return services;
    }
}
