using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Threads.Import;

/// <summary>
/// The members imported posts are written by: for each Discourse user name, the placeholder made at an earlier import
/// (or the member who claimed it since), or a new placeholder under a free name. A name that is taken here is never
/// taken over: whoever registered "bob" here is not assumed to be the Bob of the other forum (an admin decides that
/// by a claim), so the placeholder gets "bob_2" and the report says so.
/// </summary>
internal sealed class DiscourseAuthors(IForumDbContext db, string source, Func<string, bool> isReserved)
{
    private readonly Dictionary<string, Member> _byOriginName = new(StringComparer.Ordinal);

    public int Created { get; private set; }

    /// <summary>The member a Discourse name is found as, if it was imported before (null when it never was).</summary>
    public async Task<Member?> FindAsync(string originUserName, CancellationToken cancellationToken)
    {
        // Discourse compares user names without case ("Bob" is "bob"): they are kept in lower case.
        originUserName = originUserName.ToLowerInvariant();
        if (_byOriginName.TryGetValue(originUserName, out var known))
        {
            return known;
        }

        var placeholder = await db.Members.SingleOrDefaultAsync(m => m.OriginSource == source && m.OriginUserName == originUserName, cancellationToken);
        if (placeholder is null)
        {
            return null;
        }

        var author = placeholder.ClaimedById is { } claimant ? await db.Members.SingleAsync(m => m.Id == claimant, cancellationToken) : placeholder;
        _byOriginName[originUserName] = author;
        return author;
    }

    /// <summary>
    /// The member for a Discourse name, creating a placeholder (and noting it) the first time the name is seen. It
    /// "joined" when the post it was first seen in was written, so its profile does not say "joined just now".
    /// </summary>
    public async Task<Member> ResolveAsync(string originUserName, string? displayName, DateTimeOffset seenAt, List<string> notes, CancellationToken cancellationToken)
    {
        if (await FindAsync(originUserName, cancellationToken) is { } found)
        {
            return found;
        }

        var userName = await FreeNameAsync(originUserName, cancellationToken);
        var placeholder = Member.Placeholder(userName, displayName ?? string.Empty, source, originUserName.ToLowerInvariant(), seenAt);
        db.Members.Add(placeholder);
        _byOriginName[originUserName.ToLowerInvariant()] = placeholder;
        Created++;
        notes.Add(userName == originUserName
            ? $"{originUserName}: a placeholder member @{userName} was created (no password; cannot sign in until an admin gives it to a member)."
            : $"{originUserName}: that name is taken or not allowed here, so the placeholder member is @{userName} (no password; cannot sign in).");
        return placeholder;
    }

    private async Task<string> FreeNameAsync(string originUserName, CancellationToken cancellationToken)
    {
        var stem = Stem(originUserName);
        for (var n = 1; n < 1000; n++)
        {
            var suffix = n == 1 ? string.Empty : "_" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = stem[..Math.Min(stem.Length, UserNameRules.MaxLength - suffix.Length)].TrimEnd('.', '-') + suffix;
            // A reserved name ("system", "admin", the importer's own) would pass for the forum or its staff.
            if (!UserNameRules.IsValid(candidate) || isReserved(candidate))
            {
                continue;
            }

            var skeleton = UserNameRules.Skeleton(candidate);
            var taken = db.Members.Local.Any(m => m.UserNameSkeleton == skeleton)
                || await db.Members.AnyAsync(m => m.UserNameSkeleton == skeleton, cancellationToken);
            if (!taken)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No free user name was found for {originUserName}.");
    }

    // Discourse may allow accents, spaces and 60 characters; names here are ASCII (see UserNameRules): "Zoë M" is "Zoe_M".
    private static string Stem(string name)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            ascii.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '_');
        }

        var stem = ascii.ToString().Trim('.', '-');
        if (!stem.Any(char.IsAsciiLetterOrDigit))
        {
            // Nothing of a name in another script survives ("李雷"): a stable name from it instead of "___".
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name));
            return "user_" + Convert.ToHexStringLower(hash)[..8];
        }

        while (stem.Length < UserNameRules.MinLength)
        {
            stem += "_";
        }

        return stem;
    }
}
