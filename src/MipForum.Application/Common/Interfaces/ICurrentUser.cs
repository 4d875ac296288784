namespace MipForum.Application.Common.Interfaces;

/// <summary>Who is sending the message: set per scope by the host (request or ScopedSender), never read from HttpContext here.</summary>
public interface ICurrentUser
{
    /// <summary>The member id when signed in; null for anonymous callers.</summary>
    int? MemberId { get; }

    bool IsSignedIn => MemberId is not null;

    /// <summary>The operator's command line (e.g. re-cook) acting with every permission; never set from a request.</summary>
    bool IsSystem { get; }

    /// <summary>
    /// A keyed hash of the address the caller connects from (the request's, or the circuit's connection), never the
    /// address itself; null when the host does not know it (tests, the command line). Used to show flag bursts.
    /// </summary>
    string? AddressHash => null;

    /// <summary>The scope of the personal API key the caller authenticated with; null for a session, a token or a circuit.</summary>
    Domain.Members.ApiKeyScope? KeyScope => null;
}
