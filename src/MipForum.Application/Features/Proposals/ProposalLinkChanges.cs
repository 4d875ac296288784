using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>What accepting and removing a link share: the codes' rule, finding the link either way, and one serialised change.</summary>
internal static class ProposalLinkChanges
{
    public static IRuleBuilderOptions<T, string> ValidProposalCode<T>(this IRuleBuilderInitial<T, string> rule, string example) =>
        rule.Must(code => ProposalCode.TryParse(code, out _)).WithMessage($"Use a proposal code such as {example}.");

    /// <summary>
    /// Finds the link between the two codes and applies <paramref name="change"/> as the caller, recording its timeline
    /// lines. Two clicks at once would each read the link as it was and both record the change: the serializable
    /// transaction (BEGIN IMMEDIATE on SQLite) makes the second wait, then see the first.
    /// </summary>
    public static async Task ApplyAsync(
        IForumDbContext db, ICurrentUser currentUser, string code, string otherCode,
        Func<ProposalLink, Member, IEnumerable<ProposalLinkEvent>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var link = await FindAsync(db, code, otherCode, cancellationToken);
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        db.ProposalLinkEvents.AddRange(change(link, actor));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The link between the two proposals, in either direction, with both proposals and their authors.</summary>
    private static async Task<ProposalLink> FindAsync(IForumDbContext db, string code, string otherCode, CancellationToken cancellationToken)
    {
        var one = ProposalCode.Parse(code).ToString();
        var two = ProposalCode.Parse(otherCode).ToString();
        return await db.ProposalLinks
            .Include(l => l.From).ThenInclude(p => p.CoAuthors)
            .Include(l => l.To).ThenInclude(p => p.CoAuthors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => (l.From.Code == one && l.To.Code == two) || (l.From.Code == two && l.To.Code == one), cancellationToken)
            ?? throw new NotFoundException($"{one} and {two} are not linked.");
    }
}
