using System.Net;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Web.Security;

namespace MipForum.Web.Tests.Security;

/// <summary>Flags keep a keyed hash of the client address, never the address: the same place matches, nothing else leaks.</summary>
public sealed class ClientAddressHasherTests
{
    private static ClientAddressHasher Hasher(string key = "") => new(Options.Create(new ModerationOptions { AddressHashKey = key }));

    [Fact]
    public void ShouldMatchTheSamePlaceWithoutKeepingTheAddress()
    {
        var hasher = Hasher("a deployment's own secret");
        var hash = hasher.Hash(IPAddress.Parse("203.0.113.7"));

        Assert.NotNull(hash);
        Assert.Equal(32, hash.Length);
        Assert.DoesNotContain("203", hash, StringComparison.Ordinal);
        Assert.Equal(hash, hasher.Hash(IPAddress.Parse("::ffff:203.0.113.7")));
        Assert.NotEqual(hash, hasher.Hash(IPAddress.Parse("203.0.113.8")));
        Assert.Equal(hasher.Hash(IPAddress.Parse("2001:db8:1:2::1")), hasher.Hash(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(hasher.Hash(IPAddress.Parse("2001:db8:1:2::1")), hasher.Hash(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Null(hasher.Hash(null));
    }

    [Fact]
    public void ShouldGiveOtherHashesUnderAnotherKeyOrARandomOne()
    {
        var address = IPAddress.Parse("198.51.100.23");

        Assert.Equal(Hasher("one").Hash(address), Hasher("one").Hash(address));
        Assert.NotEqual(Hasher("one").Hash(address), Hasher("two").Hash(address));
        Assert.NotEqual(Hasher().Hash(address), Hasher().Hash(address));
    }
}
