using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Proposals;

/// <summary>An author adds a co-author to a draft or a proposal: they can then see the draft, edit it and move it.</summary>
public sealed record AddCoAuthorCommand(int ProposalId, string UserName) : ICommand<IReadOnlyList<string>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class AddCoAuthorCommandValidator : AbstractValidator<AddCoAuthorCommand>
{
    public AddCoAuthorCommandValidator() =>
        RuleFor(c => c.UserName).Must(n => UserNameRules.IsValid(n?.Trim().TrimStart('@'))).WithMessage("Name a member by their user name.");
}

public sealed class AddCoAuthorCommandHandler(IForumDbContext db, ICurrentUser currentUser) : ICommandHandler<AddCoAuthorCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(AddCoAuthorCommand command, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.Include(p => p.Author).Include(p => p.CoAuthors).ThenInclude(c => c.Member)
            .SingleOrDefaultAsync(p => p.Id == command.ProposalId, cancellationToken);
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        if (proposal is null || (proposal.IsDraft && !proposal.IsAuthor(actor)))
        {
            throw new NotFoundException($"There is no proposal {command.ProposalId}.");
        }

        var name = command.UserName.Trim().TrimStart('@');
        var coAuthor = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(name), cancellationToken)
            ?? throw new RequestValidationException("userName", $"No member is called @{name}.");
        proposal.AddCoAuthor(actor, coAuthor);
        await db.SaveChangesAsync(cancellationToken);
        return [proposal.Author.UserName, .. proposal.CoAuthors.Select(c => c.Member.UserName)];
    }
}
