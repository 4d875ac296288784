using MipForum.Application.Common.Models;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// Who may open a poll in a thread: members holding one of the configured roles (Forum:Polls:CreatorRoles; facilitators,
/// moderators and admins by default) anywhere, and a proposal's authors on its own thread. The one home of the rule: the
/// command asks it, and the thread's read model asks it for its "New poll" capability.
/// </summary>
public static class PollCreators
{
    /// <param name="thread">With its proposal and the proposal's co-authors loaded, when it has a proposal.</param>
    public static bool MayCreate(Member member, ForumThread thread, PollOptions options) =>
        MayCreateAnywhere(member, options) || thread.Proposal?.IsAuthor(member) == true;

    /// <summary>The same rule from the ids of the thread's proposal's author and co-authors (empty without a proposal), as read models keep them.</summary>
    public static bool MayCreate(Member member, IReadOnlyCollection<int> proposalAuthorIds, PollOptions options) =>
        MayCreateAnywhere(member, options) || (member.Id != 0 && proposalAuthorIds.Contains(member.Id));

    // The configured roles open polls in any thread, with or without a proposal.
    private static bool MayCreateAnywhere(Member member, PollOptions options) => (member.Roles & options.CreatorRoles) != MemberRoles.None;
}
