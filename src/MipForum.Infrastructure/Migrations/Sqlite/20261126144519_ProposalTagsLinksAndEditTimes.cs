using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalTagsLinksAndEditTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Proposals that existed before drafting (here, not in ProposalLifecycle: SQLite rebuilds the Proposals table
            // at the end of that migration, and an UPDATE there would run before the rebuild): published when proposed, MIP0's default periods, preamble empty.
            migrationBuilder.Sql("""
                UPDATE "Proposals" SET
                    "PublishedAt" = "ProposedAt",
                    "StatusChangedAt" = "UpdatedAt",
                    "ContentChangedAt" = "UpdatedAt",
                    "Version" = 1,
                    "FeedbackDays" = 90,
                    "FrozenDays" = 30,
                    "Preamble" = '[]',
                    "RfcAt" = CASE WHEN "Status" IN ('Rfc', 'FormalSubmission') THEN "ProposedAt" ELSE NULL END
                """);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "Proposals",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "ReplacedAt",
                table: "ProposalRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ProposalLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LinkedById = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalLinks_Members_LinkedById",
                        column: x => x.LinkedById,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalLinks_Proposals_FromId",
                        column: x => x.FromId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalLinks_Proposals_ToId",
                        column: x => x.ToId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinks_FromId_ToId",
                table: "ProposalLinks",
                columns: new[] { "FromId", "ToId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinks_LinkedById",
                table: "ProposalLinks",
                column: "LinkedById");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinks_ToId",
                table: "ProposalLinks",
                column: "ToId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalLinks");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ReplacedAt",
                table: "ProposalRevisions");
        }
    }
}
