using Mediator;
using MipForum.Application.Common.Security;

namespace MipForum.Web.Background;

/// <summary>
/// Sends one system command at start and then every <see cref="Interval"/>, each in its own scope as the system caller:
/// the scheduled publisher and the poll closer. One failed run is logged and the next tick tries again.
/// </summary>
internal abstract partial class PeriodicSystemCommand<TCommand>(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
    where TCommand : ICommand<int>, new()
{
    protected abstract TimeSpan Interval { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TCommand(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(typeof(TCommand).Name, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The periodic {Command} failed; the next run tries again.")]
    private partial void LogFailed(string command, Exception failure);
}
