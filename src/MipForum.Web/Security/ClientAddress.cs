using System.Net;
using System.Net.Sockets;

namespace MipForum.Web.Security;

/// <summary>
/// The caller's network address as every per-address rule sees it: the sign-in throttle, the write limits and the
/// flag address hash. An IPv4-mapped address counts as the IPv4 address, and an IPv6 address by its /64 prefix, which
/// one subscriber usually holds whole: keying on the full IPv6 address would give anyone 2^64 fresh addresses.
/// </summary>
internal static class ClientAddress
{
    /// <summary>The key of the caller's address ("unknown" when the server has none, e.g. in-process tests).</summary>
    public static string Of(HttpContext context) => Normalize(context.Connection.RemoteIpAddress)?.ToString() ?? "unknown";

    public static IPAddress? Normalize(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
