using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Threads;

/// <summary>
/// The thread read model offers an action on a post exactly when its command would be accepted: for each reader and
/// post state, every capability GetThread returns is checked against sending the command itself, on a fresh forum.
/// </summary>
public sealed class PostCapabilitiesTests
{
    public enum Reader { PostAuthor, OtherMember, Moderator, SilencedAuthor, SilencedOther }

    public enum State { Shown, Hidden, Removed }

    public static TheoryData<Reader, State, string> Cells()
    {
        var cells = new TheoryData<Reader, State, string>();
        foreach (var reader in Enum.GetValues<Reader>())
        {
            foreach (var state in Enum.GetValues<State>())
            {
                foreach (var action in new[] { "Edit", "Withdraw", "Like", "Flag", "Appeal", "Moderate", "Answer" })
                {
                    cells.Add(reader, state, action);
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ShouldOfferAnActionExactlyWhenItsCommandIsAccepted(Reader reader, State state, string action)
    {
        var (forum, postId, readerId) = await ArrangeAsync(reader, state);
        await using var _ = forum.Host;
        var post = (await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: readerId))!.Posts.Items.Single(p => p.Id == postId);
        var offered = action switch
        {
            "Edit" => post.CanEdit,
            "Withdraw" => post.CanWithdraw,
            "Like" => post.CanLike,
            "Flag" => post.CanFlag,
            "Appeal" => post.CanAppeal,
            "Answer" => post.CanAnswer,
            _ => post.CanModerate,
        };

        var outcome = await Record.ExceptionAsync(action switch
        {
            "Edit" => () => forum.Host.SendAsync(new EditPostCommand(postId, "A text changed by its reader.", post.Version), asMember: readerId),
            "Withdraw" => () => forum.Host.SendAsync(new WithdrawPostCommand(postId), asMember: readerId),
            "Like" => () => forum.Host.SendAsync(new LikePostCommand(postId), asMember: readerId),
            "Flag" => () => forum.Host.SendAsync(new FlagPostCommand(postId, FlagReason.OffTopic), asMember: readerId),
            "Appeal" => () => forum.Host.SendAsync(new AppealModerationCommand(postId, "Please look at it again."), asMember: readerId),
            "Answer" => () => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "An answer to that post.", post.Number), asMember: readerId),
            _ => () => forum.Host.SendAsync(new ModeratePostCommand(postId, state switch { State.Hidden => PostModeration.Unhide, State.Removed => PostModeration.Restore, _ => PostModeration.Hide }, "A moderator's reason."), asMember: readerId),
        });

        Assert.True(offered == (outcome is null), $"{reader} on a {state} post: {action} offered {offered}, command {(outcome is null ? "accepted" : $"refused ({outcome.GetType().Name}: {outcome.Message})")}.");
    }

    [Fact]
    public async Task ShouldNotOfferModerationOfAModeratorsPostToAnotherModerator()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var moderator = await forum.Host.MemberAsync("lena.v", MemberRoles.Moderator);
        var colleague = await forum.Host.MemberAsync("moshe_f", MemberRoles.Moderator);
        var admin = await forum.Host.MemberAsync("root.admin", MemberRoles.Admin);
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A moderator's note."), asMember: colleague);

        bool Offered(ThreadDetail? thread) => thread!.Posts.Items.Single(p => p.Id == reply.Id).CanModerate;

        Assert.False(Offered(await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: moderator)));
        Assert.False(Offered(await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: colleague)));
        Assert.True(Offered(await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: admin)));
        Assert.False(Offered(await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId))));
    }

    private static async Task<(DiscussionFixture Forum, int PostId, int Reader)> ArrangeAsync(Reader reader, State state)
    {
        var forum = await DiscussionFixture.StartAsync();
        var moderator = await forum.Host.MemberAsync("lena.v", MemberRoles.Moderator);
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply to judge."), asMember: forum.Other);
        if (state != State.Shown)
        {
            await forum.Host.SendAsync(new ModeratePostCommand(reply.Id, state == State.Hidden ? PostModeration.Hide : PostModeration.Remove, "Off-topic here."), asMember: moderator);
        }

        var readerId = reader switch
        {
            Reader.PostAuthor or Reader.SilencedAuthor => forum.Other,
            Reader.Moderator => moderator,
            _ => forum.Author,
        };
        if (reader is Reader.SilencedAuthor or Reader.SilencedOther)
        {
            await forum.Host.ArrangeAsync(async (db, _) =>
            {
                var by = await db.Members.SingleAsync(m => m.Id == moderator, TestContext.Current.CancellationToken);
                var silenced = await db.Members.SingleAsync(m => m.Id == readerId, TestContext.Current.CancellationToken);
                silenced.Sanction(false, forum.Host.Time.Now.AddDays(3), "Cooling off", by, forum.Host.Time.Now);
            });
        }

        return (forum, reply.Id, readerId);
    }
}
