using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Domain.Discussions;

/// <summary>
/// A discussion thread (Discourse calls it a topic). Named ForumThread so it never collides with
/// System.Threading.Thread. The thread owns post numbering: posts are 1..n without gaps.
/// </summary>
public sealed partial class ForumThread : IVersioned
{
    public const int TitleMinLength = 15;
    public const int TitleMaxLength = 200;

    private readonly List<Post> _posts = [];
    private List<string> _tags = [];

    private ForumThread()
    {
        Title = string.Empty;
        Slug = string.Empty;
    }

    private ForumThread(Category category, string title, Member author, Proposal? proposal, DateTimeOffset now)
    {
        Title = title;
        Slug = Slugs.FromTitle(title);
        Category = category;
        Proposal = proposal;
        Author = author;
        CreatedAt = now;
        LastActivityAt = now;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    public string Title { get; private set; }

    public string Slug { get; private set; }

    public int CategoryId { get; private set; }

    public Category Category { get; private set; } = null!;

    public int? ProposalId { get; private set; }

    public Proposal? Proposal { get; private set; }

    public int AuthorId { get; private set; }

    public Member Author { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset LastActivityAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>Number of posts, including the first; also the number of the newest post. A concurrency token.</summary>
    public int PostCount { get; private set; }

    public IReadOnlyCollection<Post> Posts => _posts;

    /// <summary>Lower-case tags (at most five).</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <summary>A locked thread takes no replies (moderators lock and unlock).</summary>
    public bool IsLocked { get; private set; }

    /// <summary>
    /// Starts a thread; its first post (#1) is the thread's body. Attaching it to a proposal is for that proposal's
    /// authors and staff (<see cref="Proposal.EnsureMayAttachThread"/>): an attached thread speaks for the proposal.
    /// </summary>
    public static ForumThread Start(Category category, string title, Member author, CookedMarkdown body, DateTimeOffset now, Proposal? proposal = null, IEnumerable<string>? tags = null)
    {
        proposal?.EnsureMayAttachThread(author);
        var trimmed = title?.Trim() ?? string.Empty;
        if (VisibleText.ShownLength(trimmed) < TitleMinLength || trimmed.Length > TitleMaxLength || VisibleText.ContainsHiddenControl(trimmed))
        {
            throw new DomainRuleException($"A thread title has {TitleMinLength}–{TitleMaxLength} characters.");
        }

        var thread = new ForumThread(category, trimmed, author, proposal, now) { _tags = ThreadTags.Normalize(tags) };
        thread.Reply(author, body, replyToNumber: null, now);
        return thread;
    }

    /// <summary>
    /// Flags never hide posts here automatically: the thread discusses a proposal that is open for comments or up for
    /// a vote (RFC, Formal Submission), and it was opened by the proposal's publication or attached by someone who may
    /// attach threads to it. A thread is attached only when it starts, so its author is who attached it; their standing
    /// is read now (a thread attached before this rule by anyone else does not qualify). Needs Author, Proposal and the
    /// proposal's co-authors loaded.
    /// </summary>
    public bool ShieldsLiveProposalCriticism =>
        Proposal is { Status: ProposalStatus.Rfc or ProposalStatus.FormalSubmission } proposal
        && proposal.MayAttachThread(Author ?? throw new InvalidOperationException("Load the thread's author first."));

    /// <summary>Adds the next post. A reply may point at any earlier post of this thread.</summary>
    public Post Reply(Member author, CookedMarkdown body, int? replyToNumber, DateTimeOffset now, string? clientKey = null)
    {
        if (IsLocked)
        {
            throw new DomainRuleException("This thread is locked: it takes no new replies.");
        }

        if (replyToNumber is { } target && (target < 1 || target > PostCount))
        {
            throw new DomainRuleException($"Post #{target} does not exist in this thread.");
        }

        if (now < LastActivityAt)
        {
            // Clocks can step back; activity order must not.
            now = LastActivityAt;
        }

        var post = new Post(this, PostCount + 1, author, body, replyToNumber, now, clientKey);
        _posts.Add(post);
        PostCount = post.Number;
        LastActivityAt = now;
        return post;
    }

    /// <summary>Stops replies. Who may lock (moderators) is the application's permission check.</summary>
    public void Lock() => IsLocked = true;

    public void Unlock() => IsLocked = false;

    /// <summary>Pinned threads stay at the top of the list.</summary>
    public bool IsPinned { get; private set; }

    /// <summary>In slow mode a member (not staff) waits this many seconds between posts in the thread; 0 is off.</summary>
    public int SlowModeSeconds { get; private set; }

    public const int MaxSlowModeSeconds = 86_400;

    public void Pin() => IsPinned = true;

    public void Unpin() => IsPinned = false;

    public void MoveTo(Category category)
    {
        if (category.Id != 0 && category.Id == CategoryId)
        {
            throw new DomainRuleException($"The thread is already in {category.Name}.");
        }

        Category = category;
    }

    public void SetSlowMode(int seconds)
    {
        if (seconds is < 0 or > MaxSlowModeSeconds)
        {
            throw new DomainRuleException($"Slow mode is between 0 (off) and {MaxSlowModeSeconds} seconds.");
        }

        SlowModeSeconds = seconds;
    }

    /// <summary>Refuses a reply that comes too soon after the same member's last post while slow mode is on (staff are exempt).</summary>
    public void EnsureSlowModeAllows(Member author, DateTimeOffset? authorsLastPostAt, DateTimeOffset now)
    {
        if (SlowModeSeconds > 0 && !author.IsStaff && authorsLastPostAt is { } last && now - last < TimeSpan.FromSeconds(SlowModeSeconds))
        {
            var wait = (int)Math.Ceiling((TimeSpan.FromSeconds(SlowModeSeconds) - (now - last)).TotalSeconds);
            throw new DomainRuleException($"This thread is in slow mode: you can post again in {wait} seconds.");
        }
    }
}
