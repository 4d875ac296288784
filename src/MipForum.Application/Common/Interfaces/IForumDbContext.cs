using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Common.Interfaces;

/// <summary>Handlers use EF Core directly through this (see docs/decisions/0002): no repository layer.</summary>
public interface IForumDbContext
{
    DbSet<Member> Members { get; }

    DbSet<Category> Categories { get; }

    DbSet<Proposal> Proposals { get; }

    DbSet<ForumThread> Threads { get; }

    DbSet<Post> Posts { get; }

    DbSet<RoleChange> RoleChanges { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<PostLike> PostLikes { get; }

    DbSet<PostRevision> PostRevisions { get; }

    DbSet<ProposalTransition> ProposalTransitions { get; }

    DbSet<ProposalRevision> ProposalRevisions { get; }

    DbSet<ProposalCoAuthor> ProposalCoAuthors { get; }

    DbSet<ProposalLink> ProposalLinks { get; }

    DbSet<ProposalLinkEvent> ProposalLinkEvents { get; }

    DbSet<ProposalAnnex> ProposalAnnexes { get; }

    DbSet<Domain.Notifications.Notification> Notifications { get; }

    DbSet<Domain.Moderation.Flag> Flags { get; }

    DbSet<Domain.Moderation.Appeal> Appeals { get; }

    DbSet<Domain.Polls.Poll> Polls { get; }

    DbSet<Domain.Polls.Ballot> Ballots { get; }

    DbSet<Domain.Polls.WeightSnapshot> WeightSnapshots { get; }

    DbSet<Domain.Polls.Delegation> Delegations { get; }

    /// <summary>Append-only: the context refuses changes and deletions of entries.</summary>
    DbSet<Domain.Moderation.ModerationLogEntry> ModerationLog { get; }

    /// <summary>For the few commands that span the forum's tables and Identity's in one transaction.</summary>
    DatabaseFacade Database { get; }

    /// <summary>Long batch jobs clear it between batches so memory stays flat.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
