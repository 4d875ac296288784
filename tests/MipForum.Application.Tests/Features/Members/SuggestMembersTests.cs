using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Members;

public sealed class SuggestMembersTests
{
    [Fact]
    public async Task ShouldSuggestMembersByUserNamePrefix()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");
        await host.MemberAsync("sato-k");
        await host.MemberAsync("samuel_x");
        await host.MemberAsync("sam1x");
        await host.MemberAsync("Sam2y");

        var sa = await host.SendAsync(new SuggestMembersQuery("SA"), asMember: me);
        var underscore = await host.SendAsync(new SuggestMembersQuery("samuel_"), asMember: me);

        // Alphabetical whatever the letter case: "Sam2y" between "sam1x" and "samuel_x", not first.
        Assert.Equal(["sam1x", "Sam2y", "samuel_x", "sato-k"], sa.Select(m => m.UserName));
        Assert.Equal(["samuel_x"], underscore.Select(m => m.UserName));
    }

    [Fact]
    public async Task ShouldRejectPrefixesThatCannotBeUserNames()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");

        await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new SuggestMembersQuery("%"), asMember: me));
        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new SuggestMembersQuery("sa")));
    }
}
