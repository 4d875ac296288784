using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotencyPerThread : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_AuthorId_ClientKey",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AuthorId_ThreadId_ClientKey",
                table: "Posts",
                columns: new[] { "AuthorId", "ThreadId", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_AuthorId_ThreadId_ClientKey",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AuthorId_ClientKey",
                table: "Posts",
                columns: new[] { "AuthorId", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");
        }
    }
}
