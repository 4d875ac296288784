using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationProposal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProposalId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ProposalId",
                table: "Notifications",
                column: "ProposalId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_Proposals_ProposalId",
                table: "Notifications",
                column: "ProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_Proposals_ProposalId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_ProposalId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ProposalId",
                table: "Notifications");
        }
    }
}
