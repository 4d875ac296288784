using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Members;

/// <summary>A member's public profile with their latest posts; null when nobody has that user name.</summary>
public sealed record GetMemberProfileQuery(string UserName) : IQuery<MemberProfile?>;

public sealed class GetMemberProfileQueryValidator : AbstractValidator<GetMemberProfileQuery>
{
    public GetMemberProfileQueryValidator() => RuleFor(q => q.UserName).ValidUserName();
}

public sealed class GetMemberProfileQueryHandler(IForumDbContext db) : IQueryHandler<GetMemberProfileQuery, MemberProfile?>
{
    private const int RecentPostCount = 10;

    public async ValueTask<MemberProfile?> Handle(GetMemberProfileQuery query, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .Where(m => m.NormalizedUserName == UserNameRules.Normalize(query.UserName))
            .Select(m => new { m.Id, m.UserName, m.DisplayName, m.JoinedAt, m.Roles, m.OriginSource, m.OriginUserName, ClaimedBy = db.Members.Where(c => c.Id == m.ClaimedById).Select(c => c.UserName).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var postCount = await db.Posts.CountAsync(p => p.AuthorId == member.Id, cancellationToken);
        var recent = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == member.Id)
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Take(RecentPostCount)
            .Select(p => new RecentPost(p.ThreadId, p.Thread.Title, p.Thread.Slug, p.Number, p.CreatedAt))
            .ToListAsync(cancellationToken);

        return new MemberProfile(member.UserName, member.DisplayName, member.JoinedAt, member.Roles.Names(), postCount, recent)
        {
            Imported = member.OriginSource is { } source
                ? new ImportedAuthor(source, member.OriginUserName!, Threads.Import.DiscourseSource.UserUrl(source, member.OriginUserName!), member.ClaimedBy)
                : null,
        };
    }
}
