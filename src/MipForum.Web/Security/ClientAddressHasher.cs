using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;

namespace MipForum.Web.Security;

/// <summary>
/// Turns a client address into the only form the forum stores: a keyed hash (HMAC-SHA256, truncated), so flags from
/// one address can be seen together without the address being kept (ADR 0015). IPv6 clients are taken by their /64
/// prefix, which one subscriber usually holds whole; IPv4-mapped addresses count as the IPv4 address.
/// </summary>
public sealed class ClientAddressHasher(IOptions<ModerationOptions> options, Infrastructure.Identity.DeploymentSecrets secrets)
{
    // Configured, or made once per deployment and kept with its keys: a key per process would make flags from one
    // address stop matching after every restart and across nodes.
    private readonly byte[] _key = options.Value.AddressHashKey is { Length: > 0 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : secrets.Get("flag-address-hash");

    public string? Hash(IPAddress? address) =>
        ClientAddress.Normalize(address) is { } normalized
            ? Convert.ToHexStringLower(HMACSHA256.HashData(_key, normalized.GetAddressBytes()).AsSpan(0, 16))
            : null;
}
