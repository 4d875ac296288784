using FluentValidation;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>Filters of the proposal list other than status (kind, parent, tag, author); only published proposals.</summary>
public sealed record ProposalFilter(ProposalKind? Kind = null, string? Parent = null, string? Tag = null, string? Author = null)
{
    public IQueryable<Proposal> Apply(IQueryable<Proposal> proposals)
    {
        proposals = proposals.Where(p => p.PublishedAt != null);
        if (Kind is { } kind)
        {
            proposals = proposals.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrEmpty(Parent))
        {
            var parent = ProposalCode.Parse(Parent).ToString();
            proposals = proposals.Where(p => p.Parent != null && p.Parent.Code == parent);
        }

        if (!string.IsNullOrEmpty(Tag))
        {
            var tag = Tag.ToLowerInvariant();
            proposals = proposals.Where(p => p.Tags.Contains(tag));
        }

        if (!string.IsNullOrEmpty(Author))
        {
            var author = UserNameRules.Normalize(Author.TrimStart('@'));
            proposals = proposals.Where(p => p.Author.NormalizedUserName == author || p.CoAuthors.Any(c => c.Member.NormalizedUserName == author));
        }

        return proposals;
    }
}

internal static class ProposalFilterRules
{
    public static IRuleBuilderOptions<T, string?> ValidParentFilter<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(p => string.IsNullOrEmpty(p) || ProposalCode.TryParse(p, out _)).WithMessage("Use a proposal code such as MIP41 or MIP41c5.");

    public static IRuleBuilderOptions<T, string?> ValidTagFilter<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(t => string.IsNullOrEmpty(t) || ThreadTags.IsTag(t.ToLowerInvariant())).WithMessage("Not a tag.");

    public static IRuleBuilderOptions<T, string?> ValidAuthorFilter<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(a => string.IsNullOrEmpty(a) || UserNameRules.IsValid(a.TrimStart('@'))).WithMessage("Not a user name.");
}
