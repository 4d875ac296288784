using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Search;

/// <summary>The current caller as a search reader: their id, and whether their roles let them read moderated posts.</summary>
public sealed class SearchReaders(IForumDbContext db, ICurrentUser currentUser)
{
    public async Task<SearchReader> CurrentAsync(CancellationToken cancellationToken)
    {
        if (currentUser.MemberId is not { } id)
        {
            return SearchReader.Anonymous;
        }

        var member = await db.Members.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Roles }).SingleOrDefaultAsync(cancellationToken);
        return member is null ? SearchReader.Anonymous : new SearchReader(id, member.Roles.IsStaff());
    }
}
