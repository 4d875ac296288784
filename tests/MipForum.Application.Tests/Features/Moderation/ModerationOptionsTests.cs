using Microsoft.Extensions.Options;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

public sealed class ModerationOptionsTests
{
    [Fact]
    public async Task ShouldRefuseAThresholdOutsideItsRangeWithAMessage()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Moderation:HideThreshold"] = "0" });
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => forum.Host.SendAsync(new FlagPostCommand(1, FlagReason.Spam), asMember: forum.Other));

        Assert.Contains("Forum:Moderation:HideThreshold must be 1–1000.", error.Message, StringComparison.Ordinal);
    }
}
