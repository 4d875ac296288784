using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ForumUserConfiguration : IEntityTypeConfiguration<ForumUser>
{
    public void Configure(EntityTypeBuilder<ForumUser> builder)
    {
        // The id is the member's id, assigned when the member is created.
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasOne<Member>().WithOne().HasForeignKey<ForumUser>(u => u.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}
