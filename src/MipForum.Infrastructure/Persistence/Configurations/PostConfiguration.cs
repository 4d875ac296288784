using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Discussions;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        // Unique (thread, number): the database backs the no-gaps, no-duplicates numbering rule.
        builder.HasIndex(p => new { p.ThreadId, p.Number }).IsUnique();
        builder.HasIndex(p => p.AuthorId);

        // "N replies" per post on a thread page: without it each post's count scans the whole thread.
        builder.HasIndex(p => new { p.ThreadId, p.ReplyToNumber });
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);

        builder.Ignore(p => p.IsDeleted);

        // A retried submit with the same idempotency key finds the post instead of creating a second one.
        builder.Property(p => p.ClientKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.AuthorId, p.ThreadId, p.ClientKey }).IsUnique().HasFilter("\"ClientKey\" IS NOT NULL");
        builder.HasMany(p => p.Revisions).WithOne(r => r.Post).HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Moderation: the review queue is the posts that need review; hidden state and reason as the readers see it.
        builder.HasMany(p => p.Flags).WithOne(f => f.Post).HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Flags).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A bare boolean column is a filter both SQLite and PostgreSQL accept (PostgreSQL refuses "= 1" on a boolean),
        // and SQLite uses the index for EF's own "WHERE p.\"NeedsReview\"", which "= 1" did not match.
        builder.HasIndex(p => p.NeedsReview).HasFilter("\"NeedsReview\"");
        builder.Property(p => p.HiddenReason).HasMaxLength(1000);
        builder.Ignore(p => p.IsHidden);
        builder.Ignore(p => p.IsRemoved);
        builder.Ignore(p => p.PendingFlagWeight);

        // A re-import finds each post of the thread by its id on the other forum.
        builder.HasIndex(p => new { p.ThreadId, p.OriginId }).IsUnique().HasFilter("\"OriginId\" IS NOT NULL");
        builder.Property(p => p.OriginUrl).HasMaxLength(500);
        builder.Ignore(p => p.IsImported);
    }
}
