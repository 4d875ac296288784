using System.Linq.Expressions;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Proposals;

internal static class ProposalProjections
{
    /// <summary>One projection for every list of proposals, translated to SQL by EF Core.</summary>
    public static readonly Expression<Func<Proposal, ProposalSummary>> Summary = p => new ProposalSummary(
        p.Code!,
        p.Title,
        p.Kind,
        p.Status,
        p.Parent == null ? null : p.Parent.Code,
        new MemberRef(p.Author.UserName, p.Author.DisplayName),
        p.ProposedAt,
        p.UpdatedAt);
}
