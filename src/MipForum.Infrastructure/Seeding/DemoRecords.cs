using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Seeding;

// Shapes of the hand-written demo content; DemoSeeder turns them into entities through domain behaviour.
internal sealed record DemoMember(string UserName, string DisplayName, int JoinedDaysAgo, MemberRoles Roles = MemberRoles.Contributor);

internal sealed record DemoCategory(string Slug, string Name, string Description);

internal sealed record DemoProposal(
    string Code,
    string Title,
    ProposalStatus Status,
    string AuthorUserName,
    int ProposedDaysAgo,
    int? RatifiedDaysAgo,
    string Summary,
    string Body);

internal sealed record DemoPost(string AuthorUserName, double HoursAfterStart, string Markdown, int? ReplyToNumber = null);

internal sealed record DemoThread(
    string CategorySlug,
    string Title,
    string? ProposalCode,
    int StartedDaysAgo,
    IReadOnlyList<DemoPost> Posts);
