using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using MipForum.Application.Common.Security;

namespace MipForum.Web.Common;

/// <summary>
/// How components send messages. An interactive circuit lives for hours; resolving ISender from the circuit's
/// scope would keep one DbContext alive that long. This opens a fresh scope (and DbContext) per message and
/// carries the circuit's (or request's) signed-in user into it, without IHttpContextAccessor. The hashed client address
/// comes from this sender's own scope: the request's (set by UseCurrentUser) or the circuit's (ClientAddressCircuitHandler).
/// </summary>
public sealed class ScopedSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, CurrentUser caller)
{
    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = await OpenScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        await using var scope = await OpenScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    private async Task<AsyncServiceScope> OpenScopeAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var scope = scopes.CreateAsyncScope();
        var currentUser = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        currentUser.Set(state.User);
        currentUser.SetAddressHash(caller.AddressHash);
        return scope;
    }
}
