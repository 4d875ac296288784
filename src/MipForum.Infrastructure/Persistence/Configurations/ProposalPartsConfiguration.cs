using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ProposalTransitionConfiguration : IEntityTypeConfiguration<ProposalTransition>
{
    public void Configure(EntityTypeBuilder<ProposalTransition> builder)
    {
        builder.HasIndex(t => new { t.ProposalId, t.At });
        builder.Property(t => t.Reason).HasMaxLength(Proposal.ReasonMaxLength);
        builder.HasOne(t => t.Actor).WithMany().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalRevisionConfiguration : IEntityTypeConfiguration<ProposalRevision>
{
    public void Configure(EntityTypeBuilder<ProposalRevision> builder)
    {
        builder.HasIndex(r => new { r.ProposalId, r.Version }).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(Proposal.TitleMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(Proposal.ReasonMaxLength);
        builder.HasOne(r => r.ChangedBy).WithMany().HasForeignKey(r => r.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalCoAuthorConfiguration : IEntityTypeConfiguration<ProposalCoAuthor>
{
    public void Configure(EntityTypeBuilder<ProposalCoAuthor> builder)
    {
        builder.HasKey(c => new { c.ProposalId, c.MemberId });
        builder.HasIndex(c => c.MemberId);
        builder.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalLinkConfiguration : IEntityTypeConfiguration<ProposalLink>
{
    public void Configure(EntityTypeBuilder<ProposalLink> builder)
    {
        builder.HasIndex(l => new { l.FromId, l.ToId }).IsUnique();
        builder.HasIndex(l => l.ToId);
        builder.Property(l => l.Relation).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(l => l.From).WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.LinkedBy).WithMany().HasForeignKey(l => l.LinkedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.AcceptedBy).WithMany().HasForeignKey(l => l.AcceptedById).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.IsPending);
    }
}

internal sealed class ProposalLinkEventConfiguration : IEntityTypeConfiguration<ProposalLinkEvent>
{
    public void Configure(EntityTypeBuilder<ProposalLinkEvent> builder)
    {
        builder.HasIndex(e => new { e.ProposalId, e.At });
        builder.Property(e => e.OtherCode).HasMaxLength(32);
        builder.Property(e => e.Relation).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(e => e.Proposal).WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalAnnexConfiguration : IEntityTypeConfiguration<ProposalAnnex>
{
    public void Configure(EntityTypeBuilder<ProposalAnnex> builder)
    {
        builder.HasIndex(a => new { a.ProposalId, a.FileName }).IsUnique();
        builder.Property(a => a.Path).HasMaxLength(ProposalAnnex.PathMaxLength);
        builder.Property(a => a.FileName).HasMaxLength(ProposalAnnex.FileNameMaxLength);
        builder.Property(a => a.Title).HasMaxLength(Proposal.TitleMaxLength);
    }
}
