using MipForum.Application.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

public sealed record PublishedProposal(int Id, string? Code, int? ThreadId, string? ThreadUrl, DateTimeOffset? ScheduledFor, string? Warning);

/// <summary>
/// Publishes a draft: gives it the next free number under its component (or the next MIP number), opens its discussion
/// thread with the summary as the first post, and links the two. Shared by "publish now" and the scheduler.
/// </summary>
public sealed class ProposalPublisher(IForumDbContext db, IMarkdownCooker cooker, TimeProvider time, IOptions<ProposalOptions> options, IDatabaseErrors errors)
{
    private const int MaxAttempts = 20;

    public async Task<PublishedProposal> PublishAsync(int proposalId, int actorId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The thread and the proposal's Forum URL, which names the thread's id, are one transaction: a published
            // proposal always points at its thread.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var draft = await db.Proposals
                .Include(p => p.Parent)
                .Include(p => p.Author)
                .Include(p => p.CoAuthors).ThenInclude(c => c.Member)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
                ?? throw new NotFoundException($"There is no proposal {proposalId}.");
            var actor = await db.Members.SingleAsync(m => m.Id == actorId, cancellationToken);
            if (draft.IsDraft && !draft.IsAuthor(actor))
            {
                throw new NotFoundException($"There is no proposal {proposalId}.");
            }

            var now = time.GetUtcNow();

            // Checked again here, not only when scheduling: a scheduled draft publishes later, as the system, and its
            // author may have lost the role or been silenced or suspended meanwhile. Publishing opens a thread in their name.
            if (!PermissionMatrix.Allows(actor.Roles, Permission.DraftProposal))
            {
                throw new NotPermittedException("Only Facilitators and admins publish proposals; this one stays a draft.");
            }

            actor.EnsureMayPost(now);
            draft.Publish(actor, await NextNumberAsync(draft, cancellationToken), now);
            var thread = await OpenThreadAsync(draft, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure) && attempt < MaxAttempts)
            {
                // Another publication took this number first (unique code index), or published this draft: count again.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
                continue;
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure))
            {
                throw new BusyException("Many proposals are being published at once; yours was not. Please try again in a moment.");
            }

            var url = ForumLinks.Thread(thread.Id, thread.Slug);
            draft.SetPreambleValue("Forum URL", url);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PublishedProposal(draft.Id, draft.Code, thread.Id, url, null, null);
        }
    }

    private async Task<int> NextNumberAsync(Proposal draft, CancellationToken cancellationToken)
    {
        if (draft.Kind == ProposalKind.Subproposal)
        {
            var last = await db.Proposals
                .Where(p => p.ParentId == draft.ParentId && p.SubproposalNumber != null)
                .MaxAsync(p => p.SubproposalNumber, cancellationToken);
            return (last ?? 0) + 1;
        }

        var lastMip = await db.Proposals.Where(p => p.Code != null).MaxAsync(p => (int?)p.MipNumber, cancellationToken);
        return (lastMip ?? -1) + 1;
    }

    private async Task<ForumThread> OpenThreadAsync(Proposal proposal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == options.Value.DiscussionCategory, cancellationToken)
            ?? await db.Categories.OrderBy(c => c.Position).FirstAsync(cancellationToken);
        var summary = proposal.Summary.Length > 0 ? proposal.Summary : $"{proposal.Code} is open for comments.";
        var markdown = string.Create(CultureInfo.InvariantCulture, $"""
            **{proposal.Code}: {proposal.Title}** is published for comments (RFC).

            {summary}

            [Read the full proposal]({ForumLinks.Proposal(proposal.Code!)}) · feedback period {proposal.FeedbackDays} days, frozen period {proposal.FrozenDays} days.
            """);
        var body = await cooker.CookAsync(markdown, cancellationToken);
        var title = $"{proposal.Code}: {proposal.Title}";
        if (title.Length > ForumThread.TitleMaxLength)
        {
            title = title[..(ForumThread.TitleMaxLength - 1)] + "…";
        }

        var thread = ForumThread.Start(category, title, proposal.Author, body, now, proposal, [proposal.Code!.ToLowerInvariant()]);
        db.Threads.Add(thread);
        return thread;
    }
}
