using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Domain.Common;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>
/// A silenced member reads, withdraws their own posts and appeals; every other command is refused with the silence's
/// end, by the pipeline. Each command type is found by reflection and sent through its matrix door by a silenced caller
/// in a role allowed to send it, so a new command is covered (and refused) without anyone listing it here.
/// </summary>
public sealed class SilencedMemberTests
{
    private static readonly string[] AllowedWhileSilenced = ["WithdrawPost", "AppealModeration", "ChangePassword", "RevokeApiKey", "MarkNotificationsRead", "OpenNotification", "WithdrawBallot", "RevokeDelegation", "RetractFlag"];

    public static TheoryData<string> Commands()
    {
        var names = typeof(RegisterMemberCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(t))
            .Select(t => t.Name[..^"Command".Length])
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ShouldRefuseEveryWriteButWithdrawalsAppealAndSelfCareWhenTheCallerIsSilenced(string useCase)
    {
        var door = MatrixDoor.All.SingleOrDefault(d => d.UseCase == useCase);
        Assert.True(door is not null, $"{useCase} has no door in MatrixDoors: add one so its silence rule is tested.");
        var role = door.Allowed.Contains("Contributor") ? "Contributor" : door.Allowed.FirstOrDefault(r => r != "Anonymous");
        if (role is null)
        {
            // System-only (the scheduler): no member may send it at all, silenced or not.
            return;
        }

        var world = await MatrixWorld.StartAsync(role);
        await using var _ = world.Host;
        var send = await door.Arrange(world);
        var until = world.Host.Time.Now.AddDays(3);
        await world.Host.ArrangeAsync(async (db, _) =>
        {
            var admin = await db.Members.SingleAsync(m => m.Id == world.Admin, TestContext.Current.CancellationToken);
            var caller = await db.Members.SingleAsync(m => m.Id == world.Caller, TestContext.Current.CancellationToken);
            caller.Sanction(false, until, "Repeated personal attacks", admin, world.Host.Time.Now);
        });

        var outcome = await Record.ExceptionAsync(send);

        if (AllowedWhileSilenced.Contains(useCase))
        {
            Assert.True(outcome is null, $"A silenced {role} was refused {useCase}: {outcome?.GetType().Name}: {outcome?.Message}");
        }
        else
        {
            var refused = Assert.IsType<NotPermittedException>(outcome);
            Assert.Contains("silenced until 29 Nov 2026 12:00 UTC: Repeated personal attacks.", refused.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(Common.Behaviors.AuthorizationBehavior<IMessage, object>), refused.StackTrace, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ShouldLetASilencedMemberWriteAgainOnceTheSilenceEnds()
    {
        var world = await MatrixWorld.StartAsync("Contributor");
        await using var _ = world.Host;
        await world.Host.ArrangeAsync(async (db, _) =>
        {
            var admin = await db.Members.SingleAsync(m => m.Id == world.Admin, TestContext.Current.CancellationToken);
            var caller = await db.Members.SingleAsync(m => m.Id == world.Caller, TestContext.Current.CancellationToken);
            caller.Sanction(false, world.Host.Time.Now.AddHours(1), "Cooling down", admin, world.Host.Time.Now);
        });
        var like = new MipForum.Application.Features.Posts.LikePostCommand(world.TargetReplyId);

        await Assert.ThrowsAsync<NotPermittedException>(() => world.Host.SendAsync(like, world.Caller));
        world.Host.Time.Now = world.Host.Time.Now.AddHours(1).AddMinutes(1);

        Assert.True((await world.Host.SendAsync(like, world.Caller)).LikedByMe);
    }
}
