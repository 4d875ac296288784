using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.MipNumber, p.ComponentNumber, p.SubproposalNumber });
        builder.Property(p => p.Title).HasMaxLength(Proposal.TitleMaxLength);
        builder.Property(p => p.Summary).HasMaxLength(Proposal.SummaryMaxLength);
        builder.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.ParsedCode);
    }
}
