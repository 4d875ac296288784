using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NormalizedUserNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Members_UserName",
                table: "Members");

            migrationBuilder.AlterColumn<string>(
                name: "UserName",
                table: "Members",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20,
                oldCollation: "NOCASE");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedUserName",
                table: "Members",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts",
                column: "NeedsReview",
                filter: "\"NeedsReview\"");

            migrationBuilder.CreateIndex(
                name: "IX_Members_NormalizedUserName",
                table: "Members",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Members_NormalizedUserName",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NormalizedUserName",
                table: "Members");

            migrationBuilder.AlterColumn<string>(
                name: "UserName",
                table: "Members",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts",
                column: "NeedsReview",
                filter: "\"NeedsReview\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Members_UserName",
                table: "Members",
                column: "UserName",
                unique: true);
        }
    }
}
