using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Application.Common.Security;

/// <summary>
/// The caller's own member row for reads (roles, sanctions, trust), fresh from the database: once per GET request when
/// the host gave this scope the request's <see cref="RequestReaderMemo"/>, otherwise once per call. A command's
/// permission check reads it fresh (<see cref="ReadFreshAsync"/>); handlers that change the row load their own, tracked.
/// </summary>
public sealed class SignedInReader(IForumDbContext db, ICurrentUser currentUser)
{
    /// <summary>The caller's row; null when anonymous or when the account is gone.</summary>
    public Task<Member?> FindAsync(CancellationToken cancellationToken) =>
        currentUser.MemberId is { } memberId ? FindAsync(memberId, cancellationToken) : Task.FromResult<Member?>(null);

    /// <summary>The row of <paramref name="memberId"/>, which must be the caller's own.</summary>
    public Task<Member?> FindAsync(int memberId, CancellationToken cancellationToken)
    {
        if (currentUser is CurrentUser { Memo: { } memo } && currentUser.MemberId == memberId)
        {
            return memo.GetOrReadAsync(memberId, () => ReadFreshAsync(memberId, cancellationToken));
        }

        return ReadFreshAsync(memberId, cancellationToken);
    }

    /// <summary>The row straight from the database, whatever the request read before: what a command checks.</summary>
    public Task<Member?> ReadFreshAsync(int memberId, CancellationToken cancellationToken) =>
        MemberById(db.AsDbContext(), memberId, cancellationToken);

    // Compiled once: every signed-in page and every permission check reads this row (CompiledQueries).
    private static readonly Func<DbContext, int, CancellationToken, Task<Member?>> MemberById =
        EF.CompileAsyncQuery((DbContext context, int memberId, CancellationToken _) =>
            context.Set<Member>().AsNoTracking().SingleOrDefault(m => m.Id == memberId));
}
