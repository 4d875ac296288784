using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Markdown;

/// <summary>
/// The cooker handlers use: the shared renderer, with mention and proposal-code targets looked up in the forum's
/// database (one query each, only when the text has candidates). Scoped: answers are remembered for the scope,
/// which keeps a re-cook of many posts from asking the same question again.
/// </summary>
public sealed class ForumMarkdownCooker(ForumMarkdownRenderer renderer, IForumDbContext db, IOptions<ProposalOptions> proposalOptions) : IMarkdownCooker
{
    private readonly Dictionary<string, bool> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, bool> _proposals = new(StringComparer.Ordinal);

    public Task<CookedMarkdown> CookAsync(string markdown, CancellationToken cancellationToken) =>
        renderer.CookAsync(markdown, ExistingMembersAsync, ExistingProposalsAsync, cancellationToken);

    public Task<CookedMarkdown> CookProposalAsync(string markdown, CancellationToken cancellationToken) =>
        renderer.CookAsync(markdown, TextLimits.ProposalBodies(proposalOptions.Value.MaxBodyLength, proposalOptions.Value.MaxBodyCookedLength), ExistingMembersAsync, ExistingProposalsAsync, cancellationToken);

    private Task<IReadOnlySet<string>> ExistingMembersAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        LookUpAsync(names, _members, (missing, ct) => MembersNamedAsync(missing, ct), StringComparer.OrdinalIgnoreCase, cancellationToken);

    private Task<List<string>> MembersNamedAsync(List<string> names, CancellationToken cancellationToken)
    {
        var normalized = names.Select(UserNameRules.Normalize).ToList();
        return db.Members.AsNoTracking().Where(m => normalized.Contains(m.NormalizedUserName)).Select(m => m.UserName).ToListAsync(cancellationToken);
    }

    private Task<IReadOnlySet<string>> ExistingProposalsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        LookUpAsync(codes, _proposals, (missing, ct) => db.Proposals.AsNoTracking().Where(p => p.Code != null && missing.Contains(p.Code)).Select(p => p.Code!).ToListAsync(ct), StringComparer.Ordinal, cancellationToken);

    private static async Task<IReadOnlySet<string>> LookUpAsync(
        IReadOnlyCollection<string> keys,
        Dictionary<string, bool> known,
        Func<List<string>, CancellationToken, Task<List<string>>> query,
        StringComparer comparer,
        CancellationToken cancellationToken)
    {
        var missing = keys.Where(k => !known.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            var found = new HashSet<string>(await query(missing, cancellationToken), comparer);
            foreach (var key in missing)
            {
                known[key] = found.Contains(key);
            }
        }

        return keys.Where(k => known[k]).ToHashSet(comparer);
    }
}
