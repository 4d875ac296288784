using Microsoft.EntityFrameworkCore;
using Mediator;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>
/// Every cell of the role × use case matrix (docs/permissions.md), sent through the real pipeline. An allowed cell
/// sends a message that is valid for the caller and must complete: its handler ran. A refused cell must be refused by
/// authorization (401 anonymous, 403 signed in) before validation and the handler.
/// </summary>
public sealed class PermissionMatrixTests
{
    public static TheoryData<string, string, bool> Cells()
    {
        var cells = new TheoryData<string, string, bool>();
        foreach (var door in MatrixDoor.All)
        {
            foreach (var role in MatrixDoor.Roles)
            {
                cells.Add(door.UseCase, role, door.Allowed.Contains(role));
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ShouldAllowOnlyMatrixRolesWhenUseCaseIsSent(string useCase, string role, bool allowed)
    {
        var world = await MatrixWorld.StartAsync(role);
        await using var _ = world.Host;
        var send = await MatrixDoor.All.Single(d => d.UseCase == useCase).Arrange(world);

        var outcome = await Record.ExceptionAsync(send);

        if (allowed)
        {
            Assert.True(outcome is null, $"{role} was refused {useCase} or its handler failed: {outcome?.GetType().Name}: {outcome?.Message}");
        }
        else
        {
            Assert.IsType(role == "Anonymous" ? typeof(NotSignedInException) : typeof(ForbiddenException), outcome);

            // Refused by the authorization behaviour itself, not by a handler that checks the caller on its own.
            Assert.Contains(nameof(Common.Behaviors.AuthorizationBehavior<Mediator.IMessage, object>), outcome!.StackTrace, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShouldHaveADoorForEveryMessageThatNamesAPermission()
    {
        var messages = typeof(RegisterMemberCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && (typeof(IRequirePermission).IsAssignableFrom(t) || typeof(IAllowAnonymous).IsAssignableFrom(t)))
            .Select(t => t.Name.EndsWith("Command", StringComparison.Ordinal) ? t.Name[..^"Command".Length] : t.Name[..^"Query".Length])
            .ToList();

        Assert.NotEmpty(messages);
        Assert.Empty(messages.Except(MatrixDoor.All.Select(d => d.UseCase)));
    }

    [Fact]
    public void ShouldDeclareAPermissionOrAnonymousOnEveryCommand()
    {
        var commands = typeof(RegisterMemberCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(commands);
        var undeclared = commands.Where(t => !typeof(IRequirePermission).IsAssignableFrom(t) && !typeof(IAllowAnonymous).IsAssignableFrom(t)).Select(t => t.Name);
        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData(Permission.ChangeMemberRoles, MemberRoles.Admin, true)]
    [InlineData(Permission.ChangeMemberRoles, MemberRoles.Moderator | MemberRoles.Facilitator | MemberRoles.Contributor, false)]
    [InlineData(Permission.ModeratePost, MemberRoles.Moderator, true)]
    [InlineData(Permission.ModeratePost, MemberRoles.Facilitator, false)]
    [InlineData(Permission.ChangeProposalStatus, MemberRoles.Facilitator, true)]
    [InlineData(Permission.ChangeProposalStatus, MemberRoles.Moderator, false)]
    [InlineData(Permission.ReplyToThread, MemberRoles.Contributor, true)]
    [InlineData(Permission.ReplyToThread, MemberRoles.None, false)]
    public void ShouldMatchTheDocumentedMatrixWhenAskedAboutFutureUseCases(Permission permission, MemberRoles roles, bool allowed) =>
        Assert.Equal(allowed, PermissionMatrix.Allows(roles, permission));
}
