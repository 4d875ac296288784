using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        // Names are compared through the stored normalized form, not a provider's collation ("Alice" is "alice" everywhere).
        builder.Property(m => m.UserName).HasMaxLength(UserNameRules.MaxLength);
        builder.Property(m => m.NormalizedUserName).HasMaxLength(UserNameRules.MaxLength);
        builder.HasIndex(m => m.NormalizedUserName).IsUnique();

        // Look-alike names ("Iena.v" beside "lena.v") are refused by registration; the index holds even if two race.
        builder.Property(m => m.UserNameSkeleton).HasMaxLength(UserNameRules.MaxLength);
        builder.HasIndex(m => m.UserNameSkeleton).IsUnique();
        builder.Property(m => m.DisplayName).HasMaxLength(Member.DisplayNameMaxLength);
        builder.Ignore(m => m.IsAdmin);
        builder.Ignore(m => m.IsStaff);
        builder.Property(m => m.SanctionReason).HasMaxLength(1000);

        // An imported author is found again by their name on the forum they came from.
        builder.Property(m => m.OriginSource).HasMaxLength(200);
        builder.Property(m => m.OriginUserName).HasMaxLength(100);
        builder.HasIndex(m => new { m.OriginSource, m.OriginUserName }).IsUnique().HasFilter("\"OriginSource\" IS NOT NULL");
        builder.Ignore(m => m.IsPlaceholder);
    }
}
