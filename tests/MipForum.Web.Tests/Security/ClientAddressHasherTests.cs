using System.Net;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Web.Security;

namespace MipForum.Web.Tests.Security;

/// <summary>Flags keep a keyed hash of the client address, never the address: the same place matches, nothing else leaks.</summary>
public sealed class ClientAddressHasherTests
{
    private static ClientAddressHasher Hasher(string key = "", string? folder = null) =>
        new(Options.Create(new ModerationOptions { AddressHashKey = key }), new MipForum.Infrastructure.Identity.DeploymentSecrets(folder));

    [Fact]
    public void ShouldMatchTheSamePlaceWithoutKeepingTheAddress()
    {
        var hasher = Hasher("a deployment's own secret, long enough");
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
    public void ShouldGiveOtherHashesUnderAnotherKey()
    {
        var address = IPAddress.Parse("198.51.100.23");

        Assert.Equal(Hasher(new string('1', 32)).Hash(address), Hasher(new string('1', 32)).Hash(address));
        Assert.NotEqual(Hasher(new string('1', 32)).Hash(address), Hasher(new string('2', 32)).Hash(address));
    }

    [Fact]
    public void ShouldKeepTheSameUnconfiguredKeyAcrossRestartsOfOneDeployment()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mipforum-secrets-{Guid.NewGuid():N}");
        var otherDeployment = Path.Combine(Path.GetTempPath(), $"mipforum-secrets-{Guid.NewGuid():N}");
        try
        {
            var address = IPAddress.Parse("198.51.100.23");

            var beforeRestart = Hasher(folder: folder).Hash(address);
            var afterRestart = Hasher(folder: folder).Hash(address);

            Assert.Equal(beforeRestart, afterRestart);
            Assert.NotEqual(beforeRestart, Hasher(folder: otherDeployment).Hash(address));
            Assert.True(File.Exists(Path.Combine(folder, "flag-address-hash.secret")));
        }
        finally
        {
            foreach (var created in new[] { folder, otherDeployment }.Where(Directory.Exists))
            {
                Directory.Delete(created, recursive: true);
            }
        }
    }
}
