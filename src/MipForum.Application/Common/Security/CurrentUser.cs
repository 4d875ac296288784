using System.Globalization;
using System.Security.Claims;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Common.Security;

/// <summary>
/// The scope's caller, taken from the authenticated principal (cookie, bearer token or circuit state).
/// Only the member id is trusted from the principal; roles are always read fresh from the database.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public int? MemberId { get; private set; }

    public bool IsSystem { get; private set; }

    public string? AddressHash { get; private set; }

    public Domain.Members.ApiKeyScope? KeyScope { get; private set; }

    /// <summary>The claim a personal API key's principal carries with its scope (set by the host's key handler).</summary>
    public const string KeyScopeClaim = "mipforum:key-scope";

    /// <summary>Set by the host from the request or circuit connection (already hashed there).</summary>
    public void SetAddressHash(string? addressHash) => AddressHash = addressHash;

    /// <summary>For in-process operator tools only (Program's command-line verbs).</summary>
    public void SetSystem() => IsSystem = true;

    public void Set(ClaimsPrincipal? principal)
    {
        var id = principal?.Identity?.IsAuthenticated == true ? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        MemberId = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId) ? memberId : null;
        KeyScope = MemberId is not null && Enum.TryParse<Domain.Members.ApiKeyScope>(principal?.FindFirst(KeyScopeClaim)?.Value, out var scope) ? scope : null;
    }

    public void SetMember(int? memberId) => MemberId = memberId;

    /// <summary>The request's reader memo: started by the host for a GET request, shared into each message's scope; null in a circuit.</summary>
    public RequestReaderMemo? Memo { get; private set; }

    public void StartMemo() => Memo = new RequestReaderMemo();

    public void ShareMemo(RequestReaderMemo? memo) => Memo = memo;
}
