using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Identity;

namespace MipForum.Infrastructure.Persistence;

/// <summary>The forum's tables and Identity's user tables (no Identity roles: roles live on Member) in one database.</summary>
public sealed class ForumDbContext(DbContextOptions<ForumDbContext> options) : IdentityUserContext<ForumUser, int>(options), IForumDbContext
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ForumThread> Threads => Set<ForumThread>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PostLike> PostLikes => Set<PostLike>();

    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();

    public DbSet<ProposalTransition> ProposalTransitions => Set<ProposalTransition>();

    public DbSet<ProposalRevision> ProposalRevisions => Set<ProposalRevision>();

    public DbSet<ProposalCoAuthor> ProposalCoAuthors => Set<ProposalCoAuthor>();

    public DbSet<ProposalLink> ProposalLinks => Set<ProposalLink>();

    public DbSet<ProposalLinkEvent> ProposalLinkEvents => Set<ProposalLinkEvent>();

    public DbSet<ProposalAnnex> ProposalAnnexes => Set<ProposalAnnex>();

    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();

    public DbSet<Domain.Moderation.Flag> Flags => Set<Domain.Moderation.Flag>();

    public DbSet<Domain.Moderation.Appeal> Appeals => Set<Domain.Moderation.Appeal>();

    public DbSet<Domain.Polls.Poll> Polls => Set<Domain.Polls.Poll>();

    public DbSet<Domain.Polls.Ballot> Ballots => Set<Domain.Polls.Ballot>();

    public DbSet<Domain.Polls.WeightSnapshot> WeightSnapshots => Set<Domain.Polls.WeightSnapshot>();

    public DbSet<Domain.Polls.Delegation> Delegations => Set<Domain.Polls.Delegation>();

    public DbSet<Domain.Moderation.ModerationLogEntry> ModerationLog => Set<Domain.Moderation.ModerationLogEntry>();

    /// <summary>
    /// The public moderation log is append-only: saving refuses any change or deletion of an existing entry.
    /// Every changed aggregate root's row version moves (<see cref="RowVersions"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detectedOnce = DetectChangesOnce();
        GuardModerationLog();
        RowVersions.Bump(ChangeTracker);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detectedOnce = DetectChangesOnce();
        GuardModerationLog();
        RowVersions.Bump(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Detects changes once for the whole save. Each <c>ChangeTracker.Entries()</c> would otherwise scan every tracked
    /// entity again: the log guard, the row versions, the page cache's and the live updates' interceptors and EF Core's
    /// own save, five scans per save, a thread's tags snapshot compared in each (the profile of a reply showed it).
    /// Between here and the save nothing changes an entity behind the tracker's back: the row versions are set through
    /// the entry API, and the interceptors only read.
    /// </summary>
    private AutoDetectSuspended DetectChangesOnce()
    {
        var wasOn = ChangeTracker.AutoDetectChangesEnabled;
        if (wasOn)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        return new AutoDetectSuspended(ChangeTracker, wasOn);
    }

    private readonly struct AutoDetectSuspended(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker, bool restore) : IDisposable
    {
        public void Dispose()
        {
            if (restore)
            {
                tracker.AutoDetectChangesEnabled = true;
            }
        }
    }

    private void GuardModerationLog()
    {
        if (ChangeTracker.Entries<Domain.Moderation.ModerationLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Moderation log entries are never changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
        RowVersions.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            Sqlite.SqliteProvider.ApplyConventions(configurationBuilder);
        }

        configurationBuilder.Properties<ProposalStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProposalKind>().HaveConversion<string>().HaveMaxLength(32);
    }
}
