using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Markdown;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Seeding;

/// <summary>
/// Writes the hand-written demo content through the same domain behaviour and markdown renderer users go through.
/// Mentions and proposal codes are resolved against the demo content itself, since none of it is saved yet.
/// </summary>
public sealed class DemoSeeder(ForumDbContext db, ForumMarkdownRenderer renderer, TimeProvider time, UserManager<ForumUser> users)
{
    /// <summary>Every demo account's password, published in the README: demo accounts never hold admin powers.</summary>
    public const string DemoPassword = DemoContent.DemoPassword;

    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(cancellationToken) || await db.Threads.AnyAsync(cancellationToken))
        {
            return false;
        }

        // All or nothing: a half-seeded forum would never be seeded again (it is no longer empty).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var members = DemoContent.Members.ToDictionary(
            m => m.UserName,
            m =>
            {
                var member = new Member(m.UserName, m.DisplayName, now.AddDays(-m.JoinedDaysAgo));
                member.GrantAtSetup(m.Roles);
                return member;
            },
            StringComparer.OrdinalIgnoreCase);
        db.Members.AddRange(members.Values);

        var categories = DemoContent.Categories
            .Select((c, index) => new Category(c.Name, c.Slug, c.Description, index))
            .ToDictionary(c => c.Slug);
        db.Categories.AddRange(categories.Values);

        var proposals = new Dictionary<string, Proposal>(StringComparer.OrdinalIgnoreCase);
        foreach (var demo in DemoContent.Proposals)
        {
            var code = ProposalCode.Parse(demo.Code);
            var parent = code.Parent is { } parentCode ? proposals[parentCode.ToString()] : null;
            var proposedAt = now.AddDays(-demo.ProposedDaysAgo);
            var proposal = Proposal.Recorded(code, parent, demo.Title, demo.Summary, members[demo.AuthorUserName], await CookAsync(demo.Body, cancellationToken), proposedAt);
            proposal.RecordStatus(demo.Status, demo.RatifiedDaysAgo is { } ratified ? now.AddDays(-ratified) : proposedAt, members[demo.AuthorUserName]);
            if (DemoTemplates.For(demo.Code) is { } prescribed)
            {
                proposal.PrescribeTemplate(prescribed.Template, prescribed.Periods);
            }

            proposals[demo.Code] = proposal;
        }

        db.Proposals.AddRange(proposals.Values);

        foreach (var demo in DemoContent.Threads)
        {
            var start = now.AddDays(-demo.StartedDaysAgo);
            var first = demo.Posts[0];
            var thread = ForumThread.Start(
                categories[demo.CategorySlug],
                demo.Title,
                members[first.AuthorUserName],
                await CookAsync(first.Markdown, cancellationToken),
                start.AddHours(first.HoursAfterStart),
                demo.ProposalCode is null ? null : proposals[demo.ProposalCode]);
            db.Threads.Add(thread);

            // Saved first so replies can quote posts of this thread: "{topic}" in demo text becomes its id.
            await db.SaveChangesAsync(cancellationToken);
            var topic = thread.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var post in demo.Posts.Skip(1))
            {
                var markdown = post.Markdown.Replace("{topic}", topic, StringComparison.Ordinal);
                thread.Reply(members[post.AuthorUserName], await CookAsync(markdown, cancellationToken), post.ReplyToNumber, start.AddHours(post.HoursAfterStart));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await AddDemoCredentialsAsync(members.Values);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task<CookedMarkdown> CookAsync(string markdown, CancellationToken cancellationToken) =>
        renderer.CookAsync(markdown, DemoMembersAsync, DemoProposalsAsync, cancellationToken);

    private static Task<IReadOnlySet<string>> DemoMembersAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(names.Where(n => DemoContent.Members.Any(m => string.Equals(m.UserName, n, StringComparison.OrdinalIgnoreCase))).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static Task<IReadOnlySet<string>> DemoProposalsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(codes.Where(c => DemoContent.Proposals.Any(p => p.Code == c)).ToHashSet(StringComparer.Ordinal));

    /// <summary>Demo members sign in with the documented demo password, and only while demo seeding is on.</summary>
    private async Task AddDemoCredentialsAsync(IEnumerable<Member> members)
    {
        foreach (var member in members)
        {
            var user = new ForumUser { Id = member.Id, UserName = member.UserName, Email = $"{member.UserName}@demo.mipforum.invalid", IsDemo = true };
            var result = await users.CreateAsync(user, DemoContent.DemoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {member.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
