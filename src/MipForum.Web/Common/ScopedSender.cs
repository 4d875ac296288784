using Mediator;

namespace MipForum.Web.Common;

/// <summary>
/// How components send messages. An interactive circuit lives for hours; resolving ISender from the circuit's
/// scope would keep one DbContext alive that long. This opens a fresh scope (and DbContext) per message.
/// The signed-in user is carried into that scope once accounts exist.
/// </summary>
public sealed class ScopedSender(IServiceScopeFactory scopes)
{
    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }
}
