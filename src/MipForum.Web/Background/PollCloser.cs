using Mediator;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Polls;

namespace MipForum.Web.Background;

/// <summary>
/// Counts polls whose closing time has passed, checking every <c>Forum:Polls:CloseCheckSeconds</c> (and once at start,
/// so polls that came due while the app was down close at once). Each poll is counted once, whatever the nodes.
/// </summary>
internal sealed partial class PollCloser(IServiceScopeFactory scopes, IOptions<PollOptions> options, TimeProvider time, ILogger<PollCloser> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CloseCheckSeconds), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CloseDuePollsCommand(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One bad run must not stop the closer; the next tick tries again.
                LogFailed(failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due polls failed.")]
    private partial void LogFailed(Exception failure);
}
