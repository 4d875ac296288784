using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

public sealed record UpdatedProposal(int Id, int Version);

/// <summary>
/// An author changes a draft or a published proposal, naming the version they started from. The text comes either as
/// template <see cref="Sections"/> or, for documents that follow no template (imports), as a whole <see cref="Body"/>.
/// A published proposal keeps a revision; its frozen period holds unless an admin overrides with a reason.
/// </summary>
public sealed record UpdateProposalCommand(
    int Id,
    string Title,
    string? Summary,
    IReadOnlyDictionary<string, string>? Sections,
    string? Body,
    int Version,
    string? Reason = null,
    bool Override = false) : ICommand<UpdatedProposal>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class UpdateProposalCommandValidator : AbstractValidator<UpdateProposalCommand>
{
    public UpdateProposalCommandValidator(IOptions<ProposalOptions> options)
    {
        RuleFor(c => c.Title).ValidProposalTitle();
        RuleFor(c => c.Summary).ValidSummary();
        RuleFor(c => c.Sections).ValidSections();
        RuleFor(c => c.Sections).SectionsWithinBodyLimit(options.Value.MaxBodyLength);
        RuleFor(c => c.Body).WithinBodyLimit(options.Value.MaxBodyLength);
        RuleFor(c => c.Reason).ValidReason();
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Say which version of the proposal you edited.");
        RuleFor(c => c.Body)
            .Must((command, body) => (command.Sections is null) != (body is null))
            .WithMessage("Send the text either as sections or as a whole body, not both.")
            .Must(body => body is null || Domain.Common.VisibleText.HasVisibleMarkdown(body))
            .WithMessage("The proposal's text has no visible characters.");
    }
}

public sealed class UpdateProposalCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, TimeProvider time, IDatabaseErrors errors)
    : ICommandHandler<UpdateProposalCommand, UpdatedProposal>
{
    public async ValueTask<UpdatedProposal> Handle(UpdateProposalCommand command, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals
            .Include(p => p.Parent)
            .Include(p => p.CoAuthors)
            .SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        var editor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        if (proposal is null || (proposal.IsDraft && !proposal.IsAuthor(editor)))
        {
            // Someone else's draft does not exist as far as this caller is concerned.
            throw new NotFoundException($"There is no proposal {command.Id}.");
        }

        var markdown = command.Body;
        if (command.Sections is { } sections)
        {
            var template = proposal.Parent?.Template ?? StandardTemplates.General;
            ProposalRules.ThrowIfAny(template.Check(sections));
            markdown = template.Compose(sections);
        }

        var body = await ProposalRules.CookTextAsync(cooker, markdown ?? string.Empty, fromSections: command.Sections is not null, cancellationToken);
        editor.EnsureMayPost(time.GetUtcNow());
        proposal.Revise(editor, command.Title, command.Summary ?? string.Empty, body, command.Version, time.GetUtcNow(), command.Reason, command.Override);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure) when (failure is DbUpdateConcurrencyException || errors.IsUniqueViolation(failure))
        {
            // Two edits from the same version: the loser's revision number is taken (a unique key), or the row moved on.
            throw new StaleVersionException("This proposal was changed while you were editing it. Reload it and apply your change again.");
        }

        return new UpdatedProposal(proposal.Id, proposal.Version);
    }
}
