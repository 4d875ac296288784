using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Proposals;

namespace MipForum.Web.Background;

/// <summary>Publishes scheduled drafts when their time comes, checking every <c>Forum:Proposals:ScheduleCheckSeconds</c>.</summary>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, IOptions<ProposalOptions> options, TimeProvider time, ILogger<ScheduledPublisher> logger)
    : PeriodicSystemCommand<PublishDueDraftsCommand>(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ScheduleCheckSeconds);
}
