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
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
