using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalLinkConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcceptedAt",
                table: "ProposalLinks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AcceptedById",
                table: "ProposalLinks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProposalLinkEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outgoing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalLinkEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalLinkEvents_Members_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalLinkEvents_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinks_AcceptedById",
                table: "ProposalLinks",
                column: "AcceptedById");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinkEvents_ActorId",
                table: "ProposalLinkEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLinkEvents_ProposalId_At",
                table: "ProposalLinkEvents",
                columns: new[] { "ProposalId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_ProposalLinks_Members_AcceptedById",
                table: "ProposalLinks",
                column: "AcceptedById",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProposalLinks_Members_AcceptedById",
                table: "ProposalLinks");

            migrationBuilder.DropTable(
                name: "ProposalLinkEvents");

            migrationBuilder.DropIndex(
                name: "IX_ProposalLinks_AcceptedById",
                table: "ProposalLinks");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "ProposalLinks");

            migrationBuilder.DropColumn(
                name: "AcceptedById",
                table: "ProposalLinks");
        }
    }
}
