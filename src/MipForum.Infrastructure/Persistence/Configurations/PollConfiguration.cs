using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Polls;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.HasIndex(p => p.ThreadId);
        // The closing job looks for open polls past their time; the list page for open and recent ones.
        builder.HasIndex(p => new { p.ClosedAt, p.ClosesAt });
        builder.Property(p => p.Question).HasMaxLength(Poll.QuestionMaxLength);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RuleKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Weighting).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Seed).HasMaxLength(64);
        builder.Property(p => p.Result).HasConversion(JsonColumn.Converter<PollResult?>(), JsonColumn.Comparer<PollResult?>());
        builder.Ignore(p => p.Rule);
        builder.Ignore(p => p.TallyOptions);
        builder.HasOne(p => p.Thread).WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Post).WithMany().HasForeignKey(p => p.PostId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Creator).WithMany().HasForeignKey(p => p.CreatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Snapshot).WithMany().HasForeignKey(p => p.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Ballots).WithOne().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Ballots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> builder)
    {
        builder.HasIndex(o => new { o.PollId, o.Number }).IsUnique();
        builder.Property(o => o.Text).HasMaxLength(PollOption.TextMaxLength);
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        // One ballot per member and poll, whatever races the UI allows; a delegate's page lists a member's ballots.
        builder.HasIndex(b => new { b.PollId, b.VoterId }).IsUnique();
        builder.HasIndex(b => b.VoterId);
        builder.Property(b => b.ChoiceList).HasMaxLength(512);
        builder.Ignore(b => b.Choices);
        builder.HasOne(b => b.Voter).WithMany().HasForeignKey(b => b.VoterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WeightSnapshotConfiguration : IEntityTypeConfiguration<WeightSnapshot>
{
    public void Configure(EntityTypeBuilder<WeightSnapshot> builder)
    {
        builder.Property(s => s.Label).HasMaxLength(WeightSnapshot.LabelMaxLength);
        builder.HasOne(s => s.UploadedBy).WithMany().HasForeignKey(s => s.UploadedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Entries).WithOne().HasForeignKey(e => e.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class WeightEntryConfiguration : IEntityTypeConfiguration<WeightEntry>
{
    public void Configure(EntityTypeBuilder<WeightEntry> builder)
    {
        builder.HasIndex(e => new { e.SnapshotId, e.MemberId }).IsUnique();
        builder.HasIndex(e => e.MemberId);
        builder.HasOne(e => e.Member).WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        // One delegation per delegator: delegating again changes it.
        builder.HasIndex(d => d.DelegatorId).IsUnique();
        builder.HasIndex(d => d.DelegateId);
        builder.HasOne(d => d.Delegator).WithMany().HasForeignKey(d => d.DelegatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Delegate).WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Cascade);
    }
}
