using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BackfillLinkConsentAndNotificationProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Data only, in a migration of its own: in the migrations that add these columns, SQLite's table rebuilds (for the
            // new foreign keys) run after any SQL, which EF warns could leave the data as it was before the rebuild.
            // Links made before consent existed were shown on both pages: they stay accepted, and both timelines get their line.
            migrationBuilder.Sql("UPDATE ProposalLinks SET AcceptedAt = LinkedAt, AcceptedById = LinkedById;");
            migrationBuilder.Sql("""
                INSERT INTO ProposalLinkEvents (ProposalId, OtherCode, Relation, Outgoing, Kind, ActorId, At)
                SELECT l.FromId, COALESCE(t.Code, ''), l.Relation, 1, 'Linked', l.LinkedById, l.LinkedAt FROM ProposalLinks l JOIN Proposals t ON t.Id = l.ToId
                UNION ALL
                SELECT l.ToId, COALESCE(f.Code, ''), l.Relation, 0, 'Linked', l.LinkedById, l.LinkedAt FROM ProposalLinks l JOIN Proposals f ON f.Id = l.FromId;
                """);

            // Draft notifications kept the draft's id in PostNumber (with ThreadId 0) before they had a column for it.
            migrationBuilder.Sql("UPDATE Notifications SET ProposalId = PostNumber, PostNumber = 0 WHERE ThreadId = 0 AND Kind IN ('DraftNoRole', 'DraftSanctioned', 'DraftRefused');");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
