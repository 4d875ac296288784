using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPinned",
                table: "Threads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SlowModeSeconds",
                table: "Threads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "HiddenAt",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiddenPendingReview",
                table: "Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Posts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsReview",
                table: "Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RemovedAt",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FlagsAgreed",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FlagsDisagreed",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SanctionReason",
                table: "Members",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SilencedUntil",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SuspendedUntil",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrustLevelOverride",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Flags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Flags_Members_FlaggerId",
                        column: x => x.FlaggerId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Flags_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModerationLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ModeratorId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetLabel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModerationLog_Members_ModeratorId",
                        column: x => x.ModeratorId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts",
                column: "NeedsReview",
                filter: "\"NeedsReview\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Flags_FlaggerId_Status",
                table: "Flags",
                columns: new[] { "FlaggerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_PostId_FlaggerId",
                table: "Flags",
                columns: new[] { "PostId", "FlaggerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationLog_At",
                table: "ModerationLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationLog_ModeratorId",
                table: "ModerationLog",
                column: "ModeratorId");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationLog_TargetKind_TargetId",
                table: "ModerationLog",
                columns: new[] { "TargetKind", "TargetId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Flags");

            migrationBuilder.DropTable(
                name: "ModerationLog");

            migrationBuilder.DropIndex(
                name: "IX_Posts_NeedsReview",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "IsPinned",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "SlowModeSeconds",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "HiddenPendingReview",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "NeedsReview",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "FlagsAgreed",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "FlagsDisagreed",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "SanctionReason",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "SilencedUntil",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "SuspendedUntil",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "TrustLevelOverride",
                table: "Members");
        }
    }
}
