using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using MipForum.Application.Common.Security;
using MipForum.Web.Security;

namespace MipForum.Web.Common;

/// <summary>
/// How components send messages. An interactive circuit lives for hours; resolving ISender from the circuit's
/// scope would keep one DbContext alive that long. This opens a fresh scope (and DbContext) per message and
/// carries the circuit's (or request's) signed-in user and hashed address into it, without IHttpContextAccessor: the hash
/// comes from this sender's own scope, the request's (UseCurrentUser) or the circuit's (CircuitAddressHandler). A command
/// sent over a circuit also counts against its address's write limit, as an HTTP write does.
/// </summary>
public sealed class ScopedSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, CurrentUser caller, CircuitAddress circuit, AddressWriteLimiter perAddress)
{
    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = await OpenScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        // Inside a circuit a write is not an HTTP request: count it against the address's write window here.
        if (circuit.Value is { } address)
        {
            perAddress.Acquire(address);
        }

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
        currentUser.ShareMemo(caller.Memo); // a GET request's (null in a circuit): its messages read the reader's row once
        return scope;
    }
}
