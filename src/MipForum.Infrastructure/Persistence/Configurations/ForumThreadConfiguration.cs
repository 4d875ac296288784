using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ForumThreadConfiguration : IEntityTypeConfiguration<ForumThread>
{
    public void Configure(EntityTypeBuilder<ForumThread> builder)
    {
        builder.ToTable("Threads");
        builder.Property(t => t.Title).HasMaxLength(ForumThread.TitleMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(Slugs.MaxLength);

        // The list orders pinned threads first, then by activity (or creation): composite indexes serve both orders.
        builder.HasIndex(t => new { t.IsPinned, t.LastActivityAt });
        builder.HasOne(t => t.Category).WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Proposal).WithMany().HasForeignKey(t => t.ProposalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(t => t.Author).WithMany().HasForeignKey(t => t.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Posts).WithOne(p => p.Thread).HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Posts).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A JSON array column; "threads tagged x" uses SQLite's json_each.
        builder.PrimitiveCollection(t => t.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.IsPinned, t.CreatedAt });

        // One thread per topic of the other forum: a re-import updates it instead of starting another.
        builder.Property(t => t.OriginSource).HasMaxLength(200);
        builder.Property(t => t.OriginUrl).HasMaxLength(500);
        builder.HasIndex(t => new { t.OriginSource, t.OriginId }).IsUnique().HasFilter("\"OriginSource\" IS NOT NULL");
        builder.Ignore(t => t.IsImported);
    }
}
