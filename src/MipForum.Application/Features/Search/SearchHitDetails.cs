using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.ReadModels;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Search;

/// <summary>
/// Turns the index's matches into hits: what each one is called, where it leads, who wrote it and when, read from the
/// tables with one query per kind present on the page (never one per hit), keeping the index's order.
/// </summary>
public sealed class SearchHitDetails(IForumDbContext db)
{
    public async Task<IReadOnlyList<SearchHit>> ReadAsync(IReadOnlyList<SearchMatch> matches, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<(SearchKind, int), SearchHit>();
        foreach (var hit in await PostsAsync(IdsOf(matches, SearchKind.Post), matches, cancellationToken))
        {
            hits[(SearchKind.Post, hit.Id)] = hit;
        }

        foreach (var hit in await ProposalsAsync(IdsOf(matches, SearchKind.Proposal), matches, cancellationToken))
        {
            hits[(SearchKind.Proposal, hit.Id)] = hit;
        }

        foreach (var hit in await PollsAsync(IdsOf(matches, SearchKind.Poll), matches, cancellationToken))
        {
            hits[(SearchKind.Poll, hit.Id)] = hit;
        }

        foreach (var hit in await MembersAsync(IdsOf(matches, SearchKind.Member), matches, cancellationToken))
        {
            hits[(SearchKind.Member, hit.Id)] = hit;
        }

        // A row deleted between the two reads is simply not shown.
        return [.. matches.Select(m => hits.GetValueOrDefault((m.Kind, m.Id))).OfType<SearchHit>()];
    }

    private static List<int> IdsOf(IReadOnlyList<SearchMatch> matches, SearchKind kind) => [.. matches.Where(m => m.Kind == kind).Select(m => m.Id)];

    private static IReadOnlyList<SnippetPart> SnippetOf(IReadOnlyList<SearchMatch> matches, SearchKind kind, int id) =>
        matches.First(m => m.Kind == kind && m.Id == id).Snippet;

    private async Task<IEnumerable<SearchHit>> PostsAsync(List<int> ids, IReadOnlyList<SearchMatch> matches, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Number,
                p.ThreadId,
                p.Thread.Title,
                p.Thread.Slug,
                Category = p.Thread.Category.Name,
                Author = new MemberRef(p.Author.UserName, p.Author.DisplayName),
                p.CreatedAt,
                Status = p.Thread.Proposal == null ? (ProposalStatus?)null : p.Thread.Proposal.Status,
            })
            .ToListAsync(cancellationToken);

        // Its first post is the thread: it is found by the thread's title as well as by its text, and leads to the thread.
        return rows.Select(r => new SearchHit(
            r.Number == 1 ? SearchKind.Thread : SearchKind.Post,
            r.Id,
            r.Title,
            r.Number == 1 ? ForumLinks.Thread(r.ThreadId, r.Slug) : ForumLinks.PostById(r.ThreadId, r.Number),
            SnippetOf(matches, SearchKind.Post, r.Id),
            r.Author,
            r.CreatedAt,
            r.Category,
            r.Status?.DisplayName()) { Number = r.Number });
    }

    private async Task<IEnumerable<SearchHit>> ProposalsAsync(List<int> ids, IReadOnlyList<SearchMatch> matches, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.Title, p.Status, Author = new MemberRef(p.Author.UserName, p.Author.DisplayName), At = p.PublishedAt ?? p.ProposedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(
            SearchKind.Proposal,
            r.Id,
            r.Code is null ? $"Draft: {r.Title}" : $"{r.Code}: {r.Title}",
            r.Code is null ? ForumLinks.EditDraft(r.Id) : ForumLinks.Proposal(r.Code),
            SnippetOf(matches, SearchKind.Proposal, r.Id),
            r.Author,
            r.At,
            null,
            r.Code is null ? "Draft" : r.Status.DisplayName()));
    }

    private async Task<IEnumerable<SearchHit>> PollsAsync(List<int> ids, IReadOnlyList<SearchMatch> matches, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Polls.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Threads, p => p.ThreadId, t => t.Id, (p, t) => new { p.Id, p.Question, p.CreatedAt, Category = t.Category.Name, ThreadTitle = t.Title, ClosedAt = p.ClosedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(
            SearchKind.Poll,
            r.Id,
            r.Question,
            ForumLinks.Poll(r.Id),
            SnippetOf(matches, SearchKind.Poll, r.Id),
            null,
            r.CreatedAt,
            r.Category,
            r.ClosedAt is null ? "Open poll" : "Closed poll") { Context = r.ThreadTitle });
    }

    private async Task<IEnumerable<SearchHit>> MembersAsync(List<int> ids, IReadOnlyList<SearchMatch> matches, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.UserName, m.DisplayName, m.JoinedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(
            SearchKind.Member,
            r.Id,
            $"{r.DisplayName} (@{r.UserName})",
            ForumLinks.Member(r.UserName),
            SnippetOf(matches, SearchKind.Member, r.Id),
            new MemberRef(r.UserName, r.DisplayName),
            r.JoinedAt,
            null,
            null));
    }
}
