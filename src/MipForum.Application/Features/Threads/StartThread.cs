using MipForum.Application.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Threads;

public sealed record StartedThread(int Id, string Slug, string Url);

/// <summary>A member starts a thread in a category, optionally about a proposal; the body is post #1.</summary>
public sealed record StartThreadCommand(string Title, string Body, string Category, IReadOnlyList<string>? Tags = null, string? ProposalCode = null)
    : ICommand<StartedThread>, IRequirePermission
{
    public Permission RequiredPermission => Permission.StartThread;
}

public sealed class StartThreadCommandValidator : AbstractValidator<StartThreadCommand>
{
    public StartThreadCommandValidator()
    {
        RuleFor(c => c.Title).ValidTitle();
        RuleFor(c => c.Body).ValidBody();
        RuleFor(c => c.Category).Must(Slugs.IsSlug).WithMessage("Choose a category.");
        RuleFor(c => c.Tags).ValidTags();
        RuleFor(c => c.ProposalCode)
            .Must(code => code is null || ProposalCode.TryParse(code, out _))
            .WithMessage("Use a proposal code such as MIP41c5-SP2, or leave it empty.");
    }
}

public sealed class StartThreadCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, TimeProvider time, Notifications.Notifier notifier, Moderation.PostingGate gate,
    Notifications.MentionLimit mentions, Posts.AnsweredPostsRule answeredPosts)
    : ICommandHandler<StartThreadCommand, StartedThread>
{
    public async ValueTask<StartedThread> Handle(StartThreadCommand command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == command.Category, cancellationToken)
            ?? throw new RequestValidationException("category", $"There is no category '{command.Category}'.");
        Proposal? proposal = null;
        if (command.ProposalCode is { } value)
        {
            var code = ProposalCode.Parse(value).ToString();
            proposal = await db.Proposals.Include(p => p.CoAuthors).SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
                ?? throw new RequestValidationException("proposalCode", $"There is no proposal {code}.");
        }

        var author = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var body = (await cooker.CookAsync(command.Body, cancellationToken)).ShowingSomething();
        await gate.EnsureMayPostAsync(author, body, cancellationToken);
        await answeredPosts.EnsureShownAsync(threadId: null, replyToNumber: null, body.References, cancellationToken);
        await mentions.EnsureWithinLimitAsync(author.Id, body, cancellationToken);
        var audience = await notifier.AudienceOfAsync(threadId: 0, author.Id, isReply: false, replyToNumber: null, body.References, cancellationToken);
        var thread = ForumThread.Start(category, command.Title, author, body, time.GetUtcNow(), proposal, command.Tags);

        // The notifications name the thread by its id, which the first save gives it: both saves are one transaction,
        // so a thread is never stored without its notifications.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Threads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        notifier.Notify(thread.Posts.Single(), audience);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StartedThread(thread.Id, thread.Slug, ForumLinks.Thread(thread.Id, thread.Slug));
    }
}
