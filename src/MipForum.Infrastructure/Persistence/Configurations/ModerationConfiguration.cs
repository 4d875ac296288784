using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Moderation;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        // A member flags a post once: the database backs the rule against two parallel requests.
        builder.HasIndex(f => new { f.PostId, f.FlaggerId }).IsUnique();
        builder.HasIndex(f => new { f.FlaggerId, f.Status });
        builder.Property(f => f.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Message).HasMaxLength(Flag.MessageMaxLength);
        builder.Property(f => f.AddressHash).HasMaxLength(Flag.AddressHashMaxLength);
        builder.HasOne(f => f.Flagger).WithMany().HasForeignKey(f => f.FlaggerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.IsPending);
    }
}

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> builder)
    {
        builder.ToTable("ModerationLog");
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.TargetKind, e.TargetId });
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.TargetLabel).HasMaxLength(300);
        builder.Property(e => e.Reason).HasMaxLength(ModerationLogEntry.ReasonMaxLength);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(e => e.ModeratorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        // One appeal per post: the database backs the "once" rule.
        builder.HasIndex(a => a.PostId).IsUnique();
        builder.HasIndex(a => new { a.AssignedModeratorId, a.Status });
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Message).HasMaxLength(Appeal.MessageMaxLength);
        builder.Property(a => a.DecisionNote).HasMaxLength(ModerationLogEntry.ReasonMaxLength);
        builder.HasOne(a => a.Post).WithMany().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(a => a.AssignedModeratorId).OnDelete(DeleteBehavior.Restrict);
    }
}
