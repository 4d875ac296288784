using MipForum.Application.Features.Polls;
using MipForum.Application.Features.Threads;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>Beside a delegate's posts the thread says "delegate · carries N": how many delegate to them, and their weight.</summary>
public sealed class DelegateNoteTests
{
    private static async Task<PostView> AmeliesPostAsync(PollWorld world, int? asMember = null) =>
        (await world.Host.SendAsync(new GetThreadQuery(world.Forum.ThreadId), asMember: asMember))!.Posts.Items.First(p => p.Author.UserName == "amelie.r");

    [Fact]
    public async Task ShouldNoteNothingBesideAMemberNobodyDelegatesTo()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        Assert.Null((await AmeliesPostAsync(world)).AuthorDelegate);
    }

    [Fact]
    public async Task ShouldCountDelegatorsBeforeAnySnapshotAndCarryTheirWeightOnceOneIsUploaded()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var (whale, small) = (await world.Host.MemberAsync("whale"), await world.Host.MemberAsync("small.holder"));
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r"), whale);
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r", world.Host.Time.Now.AddDays(30)), small);

        Assert.Equal(new DelegateNote(2, null, null), (await AmeliesPostAsync(world)).AuthorDelegate);

        await world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR at block 13,500,000", "amelie.r,100\nwhale,10000.5\nsmall.holder,0.375\n"), world.Admin);

        Assert.Equal(new DelegateNote(2, 10_100.875m, "MKR at block 13,500,000"), (await AmeliesPostAsync(world, asMember: world.Forum.Other)).AuthorDelegate);
    }

    [Fact]
    public async Task ShouldDropADelegationOnceItHasExpiredOrWasRevoked()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var (whale, small) = (await world.Host.MemberAsync("whale"), await world.Host.MemberAsync("small.holder"));
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r", world.Host.Time.Now.AddDays(1)), small);
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r"), whale);
        await world.Host.SendAsync(new RevokeDelegationCommand(), whale);

        Assert.Equal(1, (await AmeliesPostAsync(world)).AuthorDelegate?.Delegators);
        world.Host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Null((await AmeliesPostAsync(world)).AuthorDelegate);
    }
}
