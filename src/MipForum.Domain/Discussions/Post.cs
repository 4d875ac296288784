using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Discussions;

public sealed class Post
{
    private Post()
    {
        Raw = string.Empty;
        Cooked = string.Empty;
    }

    internal Post(ForumThread thread, int number, Member author, CookedMarkdown body, int? replyToNumber, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(body.Markdown))
        {
            throw new DomainRuleException("A post needs some text.");
        }

        Thread = thread;
        Number = number;
        Author = author;
        ReplyToNumber = replyToNumber;
        Raw = body.Markdown;
        Cooked = body.Html;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int ThreadId { get; private set; }

    public ForumThread Thread { get; private set; } = null!;

    /// <summary>Position in the thread, 1..n without gaps; unique per thread.</summary>
    public int Number { get; private set; }

    public int AuthorId { get; private set; }

    public Member Author { get; private set; } = null!;

    public int? ReplyToNumber { get; private set; }

    /// <summary>The markdown the author wrote.</summary>
    public string Raw { get; private set; }

    /// <summary>Sanitized HTML cooked from <see cref="Raw"/> on write; never re-rendered on read.</summary>
    public string Cooked { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>
    /// Stores HTML re-cooked from the unchanged source (the rendering pipeline changed); not an edit.
    /// Returns whether the stored HTML changed.
    /// </summary>
    public bool Recook(CookedMarkdown body)
    {
        if (body.Markdown != Raw)
        {
            throw new DomainRuleException("Re-cooking must start from the post's own text.");
        }

        if (body.Html == Cooked)
        {
            return false;
        }

        Cooked = body.Html;
        return true;
    }
}
