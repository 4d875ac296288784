using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiscourseImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OriginId",
                table: "Threads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginSource",
                table: "Threads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginUrl",
                table: "Threads",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportedLikes",
                table: "Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "OriginId",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginNumber",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginUrl",
                table: "Posts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginVersion",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClaimedById",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginSource",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginUserName",
                table: "Members",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Threads_OriginSource_OriginId",
                table: "Threads",
                columns: new[] { "OriginSource", "OriginId" },
                unique: true,
                filter: "\"OriginSource\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ThreadId_OriginId",
                table: "Posts",
                columns: new[] { "ThreadId", "OriginId" },
                unique: true,
                filter: "\"OriginId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OriginSource_OriginUserName",
                table: "Members",
                columns: new[] { "OriginSource", "OriginUserName" },
                unique: true,
                filter: "\"OriginSource\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Threads_OriginSource_OriginId",
                table: "Threads");

            migrationBuilder.DropIndex(
                name: "IX_Posts_ThreadId_OriginId",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Members_OriginSource_OriginUserName",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "OriginId",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "OriginSource",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "OriginUrl",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "ImportedLikes",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OriginId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OriginNumber",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OriginUrl",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OriginVersion",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ClaimedById",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "OriginSource",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "OriginUserName",
                table: "Members");
        }
    }
}
