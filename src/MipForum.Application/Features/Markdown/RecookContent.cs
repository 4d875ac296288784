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

    public async ValueTask<RecookReport> Handle(RecookContentCommand command, CancellationToken cancellationToken)
    {
        int postsExamined = 0, postsChanged = 0, proposalsExamined = 0, proposalsChanged = 0, failed = 0;
        var totalPosts = await db.Posts.CountAsync(cancellationToken);

        var lastId = 0;
        while (true)
        {
            var batch = await db.Posts.Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var post in batch)
            {
                postsExamined++;
                try
                {
                    postsChanged += post.Recook(await cooker.CookAsync(post.Raw, cancellationToken)) ? 1 : 0;
                }
                catch (RequestValidationException)
                {
                    failed++;
                    LogFailed("post", post.Id);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            lastId = batch[^1].Id;
            LogProgress(postsExamined, totalPosts, postsChanged);
        }

        foreach (var proposal in await db.Proposals.OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            proposalsExamined++;
            try
            {
                proposalsChanged += proposal.RecookBody(await cooker.CookProposalAsync(proposal.BodyMarkdown, cancellationToken)) ? 1 : 0;
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
            proposalsExamined++;
            try
            {
                proposalsChanged += annex.Recook(await cooker.CookProposalAsync(annex.Markdown, cancellationToken)) ? 1 : 0;
            }
            catch (RequestValidationException)
            {
                failed++;
                LogFailed("annex", annex.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RecookReport(postsExamined, postsChanged, proposalsExamined, proposalsChanged, failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-cooked {Examined} of {Total} posts ({Changed} changed)")]
    private partial void LogProgress(int examined, int total, int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-cook {Kind} {Id}: it no longer passes the markdown limits; its HTML is unchanged")]
    private partial void LogFailed(string kind, int id);
}
