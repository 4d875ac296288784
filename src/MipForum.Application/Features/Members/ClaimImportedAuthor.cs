using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Features.Moderation;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Members;

/// <summary>
/// Admin: decides that <see cref="MemberUserName"/> is the author the imported placeholder <see cref="PlaceholderUserName"/>
/// stands for. The placeholder's posts and threads become the member's, later imports of that author go to the member,
/// and the decision is in the public moderation log with its reason (how the admin knows).
/// </summary>
public sealed record ClaimImportedAuthorCommand(string PlaceholderUserName, string MemberUserName, string Reason) : ICommand<ClaimedAuthor>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ClaimImportedAuthor;
}

public sealed record ClaimedAuthor(string UserName, int PostsMoved, int ThreadsMoved);

public sealed class ClaimImportedAuthorCommandValidator : AbstractValidator<ClaimImportedAuthorCommand>
{
    public ClaimImportedAuthorCommandValidator()
    {
        RuleFor(c => c.PlaceholderUserName).ValidUserName();
        RuleFor(c => c.MemberUserName).ValidUserName();
        RuleFor(c => c.Reason)
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("Say how you know (the public log shows it).")
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
    }
}

public sealed class ClaimImportedAuthorCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ClaimImportedAuthorCommand, ClaimedAuthor>
{
    public async ValueTask<ClaimedAuthor> Handle(ClaimImportedAuthorCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var placeholder = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(command.PlaceholderUserName), cancellationToken)
            ?? throw new NotFoundException($"No member is called {command.PlaceholderUserName}.");
        var claimant = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(command.MemberUserName), cancellationToken)
            ?? throw new NotFoundException($"No member is called {command.MemberUserName}.");
        var admin = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var now = time.GetUtcNow();
        placeholder.RecordClaim(claimant, admin, now);
        var reason = $"Imported from {placeholder.OriginSource} as {placeholder.OriginUserName}; now @{claimant.UserName}'s. {command.Reason.Trim()}";
        ModerationLogWriter.Member(db, ModerationAction.ClaimImportedAuthor, admin.Id, placeholder, reason[..Math.Min(reason.Length, ModerationLogEntry.ReasonMaxLength)], now);
        await db.SaveChangesAsync(cancellationToken);

        // Set-based moves: an author with thousands of imported posts is one statement each, not thousands of entities.
        // They move the row versions too (ADR 0020): a copy of a post read before the claim cannot be saved over it.
        var posts = await db.Posts.Where(p => p.AuthorId == placeholder.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.AuthorId, claimant.Id).SetProperty(p => p.RowVersion, p => p.RowVersion + 1), cancellationToken);
        var threads = await db.Threads.Where(t => t.AuthorId == placeholder.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.AuthorId, claimant.Id).SetProperty(t => t.RowVersion, t => t.RowVersion + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimedAuthor(claimant.UserName, posts, threads);
    }
}
