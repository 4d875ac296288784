using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipForum.Domain.Proposals;

namespace MipForum.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        // Drafts have no code yet; unique indexes treat NULLs as distinct on SQLite and PostgreSQL, so many drafts fit.
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.MipNumber, p.ComponentNumber, p.SubproposalNumber });
        builder.HasIndex(p => p.PublishAt);
        builder.Property(p => p.Title).HasMaxLength(Proposal.TitleMaxLength);
        builder.Property(p => p.Summary).HasMaxLength(Proposal.SummaryMaxLength);
        builder.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Template)
            .HasConversion(JsonColumn.Converter<SubproposalTemplate?>(), JsonColumn.Comparer<SubproposalTemplate?>());
        builder.Property(p => p.Preamble)
            .HasConversion(JsonColumn.Converter<List<PreambleEntry>>(), JsonColumn.Comparer<List<PreambleEntry>>());
        builder.HasMany(p => p.Transitions).WithOne(t => t.Proposal).HasForeignKey(t => t.ProposalId);
        builder.Navigation(p => p.Transitions).HasField("_transitions");
        builder.HasMany(p => p.Revisions).WithOne(r => r.Proposal).HasForeignKey(r => r.ProposalId);
        builder.Navigation(p => p.Revisions).HasField("_revisions");
        builder.HasMany(p => p.CoAuthors).WithOne(c => c.Proposal).HasForeignKey(c => c.ProposalId);
        builder.Navigation(p => p.CoAuthors).HasField("_coAuthors");
        builder.HasMany(p => p.Annexes).WithOne(a => a.Proposal).HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Annexes).HasField("_annexes");
        builder.PrimitiveCollection(p => p.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.ParsedCode);
        builder.Ignore(p => p.Periods);
        builder.Ignore(p => p.IsDraft);
        builder.Ignore(p => p.FeedbackEndsAt);
    }
}
