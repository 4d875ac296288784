using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipForum.Infrastructure.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search (ADR 0023): the text columns, one FTS5 table for every kind, the views that say what each kind
    /// puts in it (a row id is the source id times 8 plus the kind: post 1, proposal 2, poll 3, member 4) and the
    /// triggers that keep it in step inside the writing transaction. The table is filled at start-up
    /// (SqliteSearchPreparation) once the texts of existing rows are read.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        private const string CreateSearch = """
            CREATE VIRTUAL TABLE SearchIndex USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

            CREATE VIEW PostSearchSource AS
                SELECT p.Id AS SourceId, p.Id * 8 + 1 AS RowId, CASE WHEN p.Number = 1 THEN t.Title ELSE '' END AS Title, p.Text AS Body
                FROM Posts p JOIN Threads t ON t.Id = p.ThreadId;

            -- A proposal is found by its code and by its parents' codes (MIP41c5-SP2 also as MIP41 and MIP41c5), its
            -- title, summary, text and preamble values.
            CREATE VIEW ProposalSearchSource AS
                SELECT Id AS SourceId, Id * 8 + 2 AS RowId,
                    coalesce(Code || ' MIP' || MipNumber || coalesce(' MIP' || MipNumber || 'c' || ComponentNumber, '') || ' ', '') || Title AS Title,
                    Summary || char(10) || BodyText || coalesce(char(10) || (SELECT group_concat(json_extract(e.value, '$.value'), ' ') FROM json_each(Preamble) e), '') AS Body
                FROM Proposals;

            CREATE VIEW PollSearchSource AS
                SELECT pl.Id AS SourceId, pl.Id * 8 + 3 AS RowId, pl.Question AS Title,
                    coalesce((SELECT group_concat(o.Text, char(10)) FROM PollOption o WHERE o.PollId = pl.Id), '') AS Body
                FROM Polls pl;

            CREATE VIEW MemberSearchSource AS
                SELECT Id AS SourceId, Id * 8 + 4 AS RowId, UserName || ' ' || DisplayName AS Title, '' AS Body FROM Members;

            CREATE TRIGGER SearchPostInserted AFTER INSERT ON Posts BEGIN
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PostSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchPostEdited AFTER UPDATE OF Text ON Posts BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 1;
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PostSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchPostDeleted AFTER DELETE ON Posts BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 1;
            END;
            CREATE TRIGGER SearchThreadRenamed AFTER UPDATE OF Title ON Threads BEGIN
                DELETE FROM SearchIndex WHERE rowid IN (SELECT RowId FROM PostSearchSource WHERE SourceId IN (SELECT Id FROM Posts WHERE ThreadId = new.Id AND Number = 1));
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PostSearchSource WHERE SourceId IN (SELECT Id FROM Posts WHERE ThreadId = new.Id AND Number = 1);
            END;

            CREATE TRIGGER SearchProposalInserted AFTER INSERT ON Proposals BEGIN
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM ProposalSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchProposalChanged AFTER UPDATE OF Code, MipNumber, ComponentNumber, Title, Summary, BodyText, Preamble ON Proposals BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 2;
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM ProposalSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchProposalDeleted AFTER DELETE ON Proposals BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 2;
            END;

            CREATE TRIGGER SearchPollInserted AFTER INSERT ON Polls BEGIN
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PollSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchPollDeleted AFTER DELETE ON Polls BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 3;
            END;
            CREATE TRIGGER SearchPollOptionInserted AFTER INSERT ON PollOption BEGIN
                DELETE FROM SearchIndex WHERE rowid = new.PollId * 8 + 3;
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PollSearchSource WHERE SourceId = new.PollId;
            END;

            CREATE TRIGGER SearchMemberInserted AFTER INSERT ON Members BEGIN
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM MemberSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchMemberRenamed AFTER UPDATE OF UserName, DisplayName ON Members BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 4;
                INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM MemberSearchSource WHERE SourceId = new.Id;
            END;
            CREATE TRIGGER SearchMemberDeleted AFTER DELETE ON Members BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 8 + 4;
            END;
            """;

        private const string DropSearch = """
            DROP TRIGGER SearchPostInserted; DROP TRIGGER SearchPostEdited; DROP TRIGGER SearchPostDeleted; DROP TRIGGER SearchThreadRenamed;
            DROP TRIGGER SearchProposalInserted; DROP TRIGGER SearchProposalChanged; DROP TRIGGER SearchProposalDeleted;
            DROP TRIGGER SearchPollInserted; DROP TRIGGER SearchPollDeleted; DROP TRIGGER SearchPollOptionInserted;
            DROP TRIGGER SearchMemberInserted; DROP TRIGGER SearchMemberRenamed; DROP TRIGGER SearchMemberDeleted;
            DROP VIEW PostSearchSource; DROP VIEW ProposalSearchSource; DROP VIEW PollSearchSource; DROP VIEW MemberSearchSource;
            DROP TABLE SearchIndex;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodyText",
                table: "Proposals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Posts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(CreateSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropSearch);

            migrationBuilder.DropColumn(
                name: "BodyText",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Posts");
        }
    }
}
