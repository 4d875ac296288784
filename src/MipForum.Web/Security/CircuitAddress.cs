using Microsoft.AspNetCore.Components.Server.Circuits;

using MipForum.Application.Common.Security;

namespace MipForum.Web.Security;

/// <summary>
/// The client address of the interactive circuit this scope belongs to; null outside a circuit (a static page's request,
/// whose writes the HTTP limiter already counts). Scoped: one per circuit.
/// </summary>
public sealed class CircuitAddress
{
    public string? Value { get; set; }
}

/// <summary>
/// Notes the circuit's client address when its connection comes up (and again after a reconnect): raw, for the write
/// limiter (CircuitAddress), and hashed, on the circuit's CurrentUser, for what the application stores (a flag's address
/// hash, ADR 0015); ScopedSender carries both into each message. This is the one moment a valid HttpContext exists for a
/// circuit, that of the websocket request, so the accessor is read here and nowhere else; components never read it.
/// </summary>
internal sealed class CircuitAddressHandler(CircuitAddress address, CurrentUser currentUser, ClientAddressHasher hasher, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        try
        {
            if (http.HttpContext is { } context)
            {
                address.Value = ClientAddress.Of(context);
                currentUser.SetAddressHash(hasher.Hash(context.Connection.RemoteIpAddress));
            }
        }
        catch (ObjectDisposedException)
        {
            // A transport other than WebSockets may leave a finished request behind: keep the address noted before, if any.
            // Without one, the circuit's writes are still limited per member (Forum:RateLimits:Commands).
        }

        return Task.CompletedTask;
    }
}
