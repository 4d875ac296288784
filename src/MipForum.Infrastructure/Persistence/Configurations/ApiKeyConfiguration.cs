using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.CredentialFingerprint).HasMaxLength(64);
        builder.HasOne(k => k.Owner).WithMany().HasForeignKey(k => k.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.OwnerId);
        builder.Ignore(k => k.IsRevoked);
    }
}
