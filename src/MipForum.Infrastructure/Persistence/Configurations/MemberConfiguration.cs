using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.UserName).HasMaxLength(UserNameRules.MaxLength).UseCollation("NOCASE");
        builder.HasIndex(m => m.UserName).IsUnique();
        builder.Property(m => m.DisplayName).HasMaxLength(Member.DisplayNameMaxLength);
        builder.Ignore(m => m.IsAdmin);
        builder.Ignore(m => m.IsStaff);
        builder.Property(m => m.SanctionReason).HasMaxLength(1000);
    }
}
