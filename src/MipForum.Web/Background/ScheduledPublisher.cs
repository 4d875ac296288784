using Mediator;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Proposals;

namespace MipForum.Web.Background;

/// <summary>Publishes scheduled drafts when their time comes, checking every <c>Forum:Proposals:ScheduleCheckSeconds</c>.</summary>
internal sealed partial class ScheduledPublisher(IServiceScopeFactory scopes, IOptions<ProposalOptions> options, TimeProvider time, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ScheduleCheckSeconds), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishDueDraftsCommand(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One bad run must not stop the scheduler; the next tick tries again.
                LogFailed(failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled drafts failed.")]
    private partial void LogFailed(Exception failure);
}
