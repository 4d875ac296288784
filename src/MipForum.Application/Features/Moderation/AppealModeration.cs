using FluentValidation;
using MipForum.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

public sealed record FiledAppeal(int Id, string AssignedTo);

/// <summary>The author of a hidden or removed post appeals once; the appeal goes to a moderator other than the one who acted.</summary>
public sealed record AppealModerationCommand(int PostId, string Message) : ICommand<FiledAppeal>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.AppealModeration;
}

public sealed class AppealModerationCommandValidator : AbstractValidator<AppealModerationCommand>
{
    public AppealModerationCommandValidator() =>
        RuleFor(c => c.Message).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Explain why the decision should change.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The appeal has no visible text: explain why the decision should change.")
            .MaximumLength(Appeal.MessageMaxLength).WithMessage($"An appeal has at most {Appeal.MessageMaxLength} characters.")
            .PlainText("An appeal", allowLineBreaks: true);
}

public sealed class AppealModerationCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, IDatabaseErrors errors)
    : ICommandHandler<AppealModerationCommand, FiledAppeal>
{
    public async ValueTask<FiledAppeal> Handle(AppealModerationCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var author = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var appealed = await db.Appeals.AnyAsync(a => a.PostId == post.Id, cancellationToken);

        // The moderator whose decision stands: the last one who acted on this post in the public log.
        var actedBy = await db.ModerationLog
            .Where(e => e.TargetKind == ModerationTarget.Post && e.TargetId == post.Id && e.ModeratorId != null)
            .OrderByDescending(e => e.Id)
            .Select(e => e.ModeratorId)
            .FirstOrDefaultAsync(cancellationToken);

        // Moderators before admins, so admins are the fallback; fewest pending appeals first spreads the load. A suspended
        // moderator cannot sign in to decide, so the appeal goes to someone who can.
        var now = time.GetUtcNow();
        var candidates = await db.Members.AsNoTracking()
            .Where(m => (m.Roles & MemberRoleNames.Staff) != MemberRoles.None)
            .OrderBy(m => (m.Roles & MemberRoles.Moderator) == MemberRoles.None)
            .ThenBy(m => db.Appeals.Count(a => a.AssignedModeratorId == m.Id && a.Status == AppealStatus.Pending))
            .ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);

        // Staff are few: the suspension rule is asked of each, in the order above.
        var staff = candidates.Where(m => !m.IsSuspended(now)).Select(m => new { m.Id, m.UserName }).ToList();
        var appeal = Appeal.File(post, author, command.Message, appealed, actedBy, staff.Select(s => s.Id).ToList(), now);
        db.Appeals.Add(appeal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure) when (errors.IsUniqueViolation(failure))
        {
            // The unique index on the appealed post: a parallel appeal got there first.
            throw new Domain.Common.DomainRuleException("You have already appealed for this post; a post can be appealed once.");
        }

        return new FiledAppeal(appeal.Id, staff.Single(s => s.Id == appeal.AssignedModeratorId).UserName);
    }
}
