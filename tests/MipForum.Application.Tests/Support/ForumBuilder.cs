using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Support;

/// <summary>Small helpers to arrange forum content through domain behaviour and the real markdown cooker.</summary>
internal sealed class ForumBuilder(ForumDbContext db, IServiceProvider services, DateTimeOffset now)
{
    private readonly IMarkdownCooker _cooker = services.GetRequiredService<IMarkdownCooker>();

    public Member Member(string userName)
    {
        var member = new Member(userName, userName.ToUpperInvariant(), now.AddDays(-200));
        db.Members.Add(member);
        return member;
    }

    public Category Category(string slug = "mips")
    {
        var category = new Category(slug.ToUpperInvariant(), slug, "", 0);
        db.Categories.Add(category);
        return category;
    }

    public async Task<Proposal> ProposalAsync(string code, Proposal? parent, Member author, ProposalStatus status = ProposalStatus.Rfc, string? title = null)
    {
        var body = await _cooker.CookAsync($"Body of **{code}**", TestContext.Current.CancellationToken);
        var proposal = Domain.Proposals.Proposal.Recorded(ProposalCode.Parse(code), parent, title ?? $"Title of {code}", $"Summary of {code}", author, body, now.AddDays(-30));
        proposal.RecordStatus(status, now.AddDays(-20));
        db.Proposals.Add(proposal);
        return proposal;
    }

    public async Task<ForumThread> ThreadAsync(Category category, string title, Member author, int posts, DateTimeOffset startedAt, Proposal? proposal = null, Member? replier = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var thread = ForumThread.Start(category, title, author, await _cooker.CookAsync($"Opening post of *{title}*", ct), startedAt, proposal);
        for (var number = 2; number <= posts; number++)
        {
            thread.Reply(replier ?? author, await _cooker.CookAsync($"Reply number {number}", ct), number > 2 ? number - 1 : null, startedAt.AddMinutes(number));
        }

        db.Threads.Add(thread);
        return thread;
    }
}
