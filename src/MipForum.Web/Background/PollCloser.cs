using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Polls;

namespace MipForum.Web.Background;

/// <summary>
/// Counts polls whose closing time has passed, every <c>Forum:Polls:CloseCheckSeconds</c> and once at start, so polls that
/// came due while the app was down close at once. Each poll is counted once, whatever the nodes (the row version decides).
/// </summary>
internal sealed class PollCloser(IServiceScopeFactory scopes, IOptions<PollOptions> options, TimeProvider time, ILogger<PollCloser> logger)
    : PeriodicSystemCommand<CloseDuePollsCommand>(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CloseCheckSeconds);
}
