using Microsoft.Extensions.DependencyInjection;
using Mediator;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Members;

/// <summary>
/// A GET request's messages share the reader's member row (RequestReaderMemo), read once; every other door reads it
/// afresh, and a write in the request makes the next read fresh too, so a role or a silence still takes effect at once.
/// </summary>
public sealed class SignedInReaderTests
{
    [Fact]
    public async Task ShouldShareOneReadOfTheRowAmongTheMessagesOfOneRequest()
    {
        await using var host = await ForumTestHost.StartAsync();
        var reader = await host.MemberAsync("reader");
        var request = new RequestReaderMemo();

        var first = await FindAsync(host, reader, request);
        await PromoteAsync(host, reader);
        var second = await FindAsync(host, reader, request);

        Assert.Same(first, second);
        Assert.False(second!.IsStaff);
    }

    [Fact]
    public async Task ShouldReadTheRowAfreshWhereThereIsNoRequestMemo()
    {
        await using var host = await ForumTestHost.StartAsync();
        var reader = await host.MemberAsync("reader");

        var before = await FindAsync(host, reader, memo: null);
        await PromoteAsync(host, reader);
        var after = await FindAsync(host, reader, memo: null);

        // A circuit, a form post or an API write: the promotion shows on the very next message.
        Assert.False(before!.IsStaff);
        Assert.True(after!.IsStaff);
    }

    [Fact]
    public async Task ShouldReadTheRowAgainAfterACommandOfTheSameRequest()
    {
        await using var host = await ForumTestHost.StartAsync();
        var reader = await host.MemberAsync("reader");
        var request = new RequestReaderMemo();
        await FindAsync(host, reader, request);
        await PromoteAsync(host, reader);

        await InRequestAsync(host, reader, request, services => services.GetRequiredService<ISender>().Send(new MarkNotificationsReadCommand(), TestContext.Current.CancellationToken).AsTask());
        var afterWrite = await FindAsync(host, reader, request);

        Assert.True(afterWrite!.IsStaff);
    }

    [Fact]
    public async Task ShouldNeverHandOneMembersRowToAnother()
    {
        await using var host = await ForumTestHost.StartAsync();
        var first = await host.MemberAsync("first.reader");
        var second = await host.MemberAsync("second.reader");
        var request = new RequestReaderMemo();

        await FindAsync(host, first, request);
        var row = await FindAsync(host, second, request);

        Assert.Equal(second, row!.Id);
    }

    [Fact]
    public async Task ShouldRefuseARequestsQueryWhenTheRowItSharesIsGone()
    {
        await using var host = await ForumTestHost.StartAsync();
        var request = new RequestReaderMemo();

        await Assert.ThrowsAsync<Common.Exceptions.NotSignedInException>(() =>
            InRequestAsync(host, 999_999, request, services => services.GetRequiredService<ISender>().Send(new CountUnreadNotificationsQuery(), TestContext.Current.CancellationToken).AsTask()));
    }

    private static Task<Member?> FindAsync(ForumTestHost host, int member, RequestReaderMemo? memo) =>
        InRequestAsync(host, member, memo, services => services.GetRequiredService<SignedInReader>().FindAsync(TestContext.Current.CancellationToken));

    // One message's scope as ScopedSender opens it inside a request: the caller, and the request's memo (none in a circuit).
    private static Task<T> InRequestAsync<T>(ForumTestHost host, int member, RequestReaderMemo? memo, Func<IServiceProvider, Task<T>> action) =>
        host.InScopeAsync(services =>
        {
            var caller = services.GetRequiredService<CurrentUser>();
            caller.SetMember(member);
            caller.ShareMemo(memo);
            return action(services);
        });

    private static Task PromoteAsync(ForumTestHost host, int member) =>
        host.ArrangeAsync(async (db, _) => (await db.Members.FindAsync([member], TestContext.Current.CancellationToken))!.GrantAtSetup(MemberRoles.Moderator));
}
