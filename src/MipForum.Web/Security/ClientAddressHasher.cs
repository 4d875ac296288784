using System.Net;
using System.Net.Sockets;
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
public sealed class ClientAddressHasher(IOptions<ModerationOptions> options)
{
    private readonly byte[] _key = options.Value.AddressHashKey is { Length: > 0 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : RandomNumberGenerator.GetBytes(32);

    public string? Hash(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            bytes = bytes[..8];
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, bytes).AsSpan(0, 16));
    }
}
