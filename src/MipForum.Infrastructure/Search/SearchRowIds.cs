using MipForum.Application.Features.Search;

namespace MipForum.Infrastructure.Search;

/// <summary>
/// One FTS5 table holds every kind, so one query ranks them together: a row's id is its source row's id times 8 plus
/// its kind's code, the same arithmetic the migration's triggers use (<c>Id * 8 + 1</c> for a post). Shifts keep it an
/// integer expression SQLite evaluates without a lookup.
/// </summary>
internal static class SearchRowIds
{
    public const int Post = 1;
    public const int Proposal = 2;
    public const int Poll = 3;
    public const int Member = 4;

    public static SearchKind KindOf(long rowId) => (rowId & 7) switch
    {
        Post => SearchKind.Post,
        Proposal => SearchKind.Proposal,
        Poll => SearchKind.Poll,
        Member => SearchKind.Member,
        var other => throw new InvalidOperationException($"The search index holds a row of unknown kind {other}."),
    };

    public static int IdOf(long rowId) => checked((int)(rowId >> 3));
}
