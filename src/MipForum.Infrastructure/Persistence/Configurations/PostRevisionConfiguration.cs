using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Discussions;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder) =>
        builder.HasIndex(r => new { r.PostId, r.Version }).IsUnique();
}
