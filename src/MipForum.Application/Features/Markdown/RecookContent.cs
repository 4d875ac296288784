using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Markdown;

public sealed record RecookReport(int PostsExamined, int PostsChanged, int ProposalsExamined, int ProposalsChanged, int Failed);

/// <summary>
/// Re-renders every stored post, proposal body and annex from its markdown with today's pipeline (run after the pipeline
/// or allow-list changes). Works in batches so memory stays flat; logs progress; a text that no longer passes the
/// limits keeps its old HTML and is counted as failed.
/// </summary>
public sealed record RecookContentCommand : ICommand<RecookReport>, IRequirePermission
{
    public Permission RequiredPermission => Permission.RecookContent;
}

public sealed partial class RecookContentCommandHandler(IForumDbContext db, IMarkdownCooker cooker, ILogger<RecookContentCommandHandler> logger)
    : ICommandHandler<RecookContentCommand, RecookReport>
{
    private const int BatchSize = 200;

    // Re-cooking is idempotent and changes no text, so a batch whose save lost to a like, an edit or a moderator's action
    // (the row version moved, ADR 0020) is read and re-cooked again rather than failing the whole run.
    private const int MaxAttempts = 5;

    public async ValueTask<RecookReport> Handle(RecookContentCommand command, CancellationToken cancellationToken)
    {
        int postsExamined = 0, postsChanged = 0, failed = 0;
        var totalPosts = await db.Posts.CountAsync(cancellationToken);

        var lastId = 0;
        while (true)
        {
            var (examined, changed, refused, last) = await SavedAsync(() => RecookPostsAfterAsync(lastId, cancellationToken), cancellationToken);
            if (examined == 0)
            {
                break;
            }

            (postsExamined, postsChanged, failed, lastId) = (postsExamined + examined, postsChanged + changed, failed + refused, last);
            LogProgress(postsExamined, totalPosts, postsChanged);
        }

        var (proposalsExamined, proposalsChanged, proposalsRefused, _) = await SavedAsync(() => RecookProposalsAsync(cancellationToken), cancellationToken);
        return new RecookReport(postsExamined, postsChanged, proposalsExamined, proposalsChanged, failed + proposalsRefused);
    }

    private async Task<Counts> SavedAsync(Func<Task<Counts>> recook, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var counts = await recook();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return counts;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Read again below.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Counts> RecookPostsAfterAsync(int lastId, CancellationToken cancellationToken)
    {
        var batch = await db.Posts.Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
        int changed = 0, failed = 0;
        foreach (var post in batch)
        {
            try
            {
                changed += post.Recook(await cooker.CookAsync(post.Raw, cancellationToken)) ? 1 : 0;
            }
            catch (RequestValidationException)
            {
                failed++;
                LogFailed("post", post.Id);
            }
        }

        return new Counts(batch.Count, changed, failed, batch.Count == 0 ? lastId : batch[^1].Id);
    }

    private async Task<Counts> RecookProposalsAsync(CancellationToken cancellationToken)
    {
        int examined = 0, changed = 0, failed = 0;
        foreach (var proposal in await db.Proposals.OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            examined++;
            try
            {
                changed += proposal.RecookBody(await cooker.CookProposalAsync(proposal.BodyMarkdown, cancellationToken)) ? 1 : 0;
            }
            catch (RequestValidationException)
            {
                failed++;
                LogFailed("proposal", proposal.Id);
            }
        }

        // Annexes are governance text like proposal bodies, counted with them.
        foreach (var annex in await db.ProposalAnnexes.OrderBy(a => a.Id).ToListAsync(cancellationToken))
        {
            examined++;
            try
            {
                changed += annex.Recook(await cooker.CookProposalAsync(annex.Markdown, cancellationToken)) ? 1 : 0;
            }
            catch (RequestValidationException)
            {
                failed++;
                LogFailed("annex", annex.Id);
            }
        }

        return new Counts(examined, changed, failed, 0);
    }

    private readonly record struct Counts(int Examined, int Changed, int Failed, int LastId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-cooked {Examined} of {Total} posts ({Changed} changed)")]
    private partial void LogProgress(int examined, int total, int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-cook {Kind} {Id}: it no longer passes the markdown limits; its HTML is unchanged")]
    private partial void LogFailed(string kind, int id);
}
