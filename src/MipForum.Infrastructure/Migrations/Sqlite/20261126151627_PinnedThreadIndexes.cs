using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PinnedThreadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Threads_CreatedAt",
                table: "Threads");

            migrationBuilder.DropIndex(
                name: "IX_Threads_LastActivityAt",
                table: "Threads");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_IsPinned_CreatedAt",
                table: "Threads",
                columns: new[] { "IsPinned", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Threads_IsPinned_LastActivityAt",
                table: "Threads",
                columns: new[] { "IsPinned", "LastActivityAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Threads_IsPinned_CreatedAt",
                table: "Threads");

            migrationBuilder.DropIndex(
                name: "IX_Threads_IsPinned_LastActivityAt",
                table: "Threads");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_CreatedAt",
                table: "Threads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_LastActivityAt",
                table: "Threads",
                column: "LastActivityAt");
        }
    }
}
