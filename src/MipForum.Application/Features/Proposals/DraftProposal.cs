using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

public sealed record DraftedProposal(int Id, int Version);

/// <summary>
/// A facilitator starts a private draft from a template: a subproposal under <see cref="ParentCode"/> (a component such as
/// MIP41c5) or, without a parent, a new MIP on MIP0's general template. <see cref="Sections"/> maps template headings to text.
/// </summary>
public sealed record DraftProposalCommand(
    string? ParentCode,
    string Title,
    string? Summary,
    IReadOnlyDictionary<string, string>? Sections,
    IReadOnlyList<string>? CoAuthors = null,
    IReadOnlyList<string>? Tags = null) : ICommand<DraftedProposal>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class DraftProposalCommandValidator : AbstractValidator<DraftProposalCommand>
{
    public DraftProposalCommandValidator(IOptions<ProposalOptions> options)
    {
        RuleFor(c => c.ParentCode)
            .Must(code => string.IsNullOrEmpty(code) || (ProposalCode.TryParse(code, out var parsed) && parsed.Kind == ProposalKind.Component))
            .WithMessage("Choose a component such as MIP41c5, or none for a new MIP.");
        RuleFor(c => c.Title).ValidProposalTitle();
        RuleFor(c => c.Summary).ValidSummary();
        RuleFor(c => c.Sections).ValidSections();
        RuleFor(c => c.Sections).SectionsWithinBodyLimit(options.Value.MaxBodyLength);
        RuleFor(c => c.Tags).Must(t => t is null || (t.Count <= Proposal.MaxTags && t.All(Domain.Discussions.ThreadTags.IsTag)))
            .WithMessage($"Up to {Proposal.MaxTags} tags of lower-case letters, digits and '-' (e.g. rwf-001).");
        RuleFor(c => c.CoAuthors).Must(c => c is null || c.Count <= Proposal.MaxCoAuthors)
            .WithMessage($"A proposal has at most {Proposal.MaxCoAuthors} co-authors.");
    }
}

public sealed class DraftProposalCommandHandler(IForumDbContext db, ICurrentUser currentUser, IMarkdownCooker cooker, TimeProvider time)
    : ICommandHandler<DraftProposalCommand, DraftedProposal>
{
    public async ValueTask<DraftedProposal> Handle(DraftProposalCommand command, CancellationToken cancellationToken)
    {
        Proposal? component = null;
        if (!string.IsNullOrEmpty(command.ParentCode))
        {
            var code = ProposalCode.Parse(command.ParentCode).ToString();
            component = await db.Proposals.SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
                ?? throw new RequestValidationException("parentCode", $"There is no component {code}.");
        }

        var template = component?.Template ?? StandardTemplates.General;
        var sections = command.Sections ?? new Dictionary<string, string>();
        ProposalRules.ThrowIfAny(template.Check(sections));
        var body = await ProposalRules.CookTextAsync(cooker, template.Compose(sections), fromSections: true, cancellationToken);
        var author = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        author.EnsureMayPost(time.GetUtcNow());
        var draft = Proposal.StartDraft(component, command.Title, command.Summary ?? string.Empty, author, body, time.GetUtcNow());
        draft.SetTags(command.Tags ?? []);
        foreach (var coAuthor in await CoAuthorsAsync(command.CoAuthors, cancellationToken))
        {
            draft.AddCoAuthor(author, coAuthor);
        }

        db.Proposals.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return new DraftedProposal(draft.Id, draft.Version);
    }

    private async Task<List<Member>> CoAuthorsAsync(IReadOnlyList<string>? userNames, CancellationToken cancellationToken)
    {
        var names = (userNames ?? []).Select(n => n.Trim().TrimStart('@')).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var normalized = names.Select(UserNameRules.Normalize).ToList();
        var members = await db.Members.Where(m => normalized.Contains(m.NormalizedUserName)).ToListAsync(cancellationToken);
        var missing = names.Where(n => !members.Any(m => string.Equals(m.UserName, n, StringComparison.OrdinalIgnoreCase))).ToList();
        return missing.Count == 0
            ? members
            : throw new RequestValidationException("coAuthors", $"No member is called {string.Join(", ", missing.Select(n => "@" + n))}.");
    }
}
