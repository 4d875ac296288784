using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Domain.Discussions;

/// <summary>Where an imported thread came from: the other forum's address, the topic's id there, and its address.</summary>
public sealed record ThreadOrigin(string Source, long Id, string Url);

public sealed partial class ForumThread
{
    /// <summary>The forum an imported thread came from (its address, or "discourse" when the operator did not give one); null for threads started here.</summary>
    public string? OriginSource { get; private set; }

    /// <summary>The topic's id on <see cref="OriginSource"/>; with it, unique, so a re-import finds the thread.</summary>
    public long? OriginId { get; private set; }

    public string? OriginUrl { get; private set; }

    public bool IsImported => OriginSource is not null;

    /// <summary>
    /// A thread imported from another forum, with its first post as written there and at its time. The title is kept
    /// as written (up to <see cref="TitleMaxLength"/>; the other forum's minimum may have been lower), and the thread is
    /// linked to the proposal its title names without the attach rule, which is for people choosing to speak for a
    /// proposal here: the link records what the topic was about.
    /// </summary>
    public static ForumThread Imported(Category category, string title, Member author, CookedMarkdown body, PostOrigin firstPost, int likes, DateTimeOffset createdAt, DateTimeOffset? editedAt, ThreadOrigin origin, Proposal? proposal, IEnumerable<string>? tags)
    {
        var trimmed = title?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(trimmed) || trimmed.Length > TitleMaxLength || VisibleText.ContainsHiddenControl(trimmed))
        {
            throw new DomainRuleException($"An imported thread title needs visible text and at most {TitleMaxLength} characters.");
        }

        var thread = new ForumThread(category, trimmed, author, proposal, createdAt)
        {
            _tags = ThreadTags.Normalize(tags),
            OriginSource = origin.Source,
            OriginId = origin.Id,
            OriginUrl = origin.Url,
        };
        thread.ReplyImported(author, body, replyToNumber: null, firstPost, likes, createdAt, editedAt);
        return thread;
    }

    /// <summary>
    /// Adds a post written on the other forum, at its time there. Unlike <see cref="Reply"/> it is not refused by a lock
    /// here: it is the record of what was said, not someone speaking now.
    /// </summary>
    public Post ReplyImported(Member author, CookedMarkdown body, int? replyToNumber, PostOrigin origin, int likes, DateTimeOffset createdAt, DateTimeOffset? editedAt)
    {
        if (!IsImported)
        {
            throw new DomainRuleException("Posts from another forum go into the thread imported from it.");
        }

        if (replyToNumber is { } target && (target < 1 || target > PostCount))
        {
            throw new DomainRuleException($"Post #{target} does not exist in this thread.");
        }

        // The post keeps its time there, even when a reply written here since is newer: the thread's activity never goes back.
        var post = new Post(this, PostCount + 1, author, body, replyToNumber, createdAt, clientKey: null);

        // An edit the export gives no later time for (Discourse's version above 1) is still shown as an edit.
        post.RecordOrigin(origin, likes, editedAt is { } edited ? (edited < createdAt ? createdAt : edited) : null);
        _posts.Add(post);
        PostCount = post.Number;
        if (createdAt > LastActivityAt || PostCount == 1)
        {
            LastActivityAt = createdAt;
        }

        return post;
    }

    /// <summary>A re-import finds the proposal the title names, which was not on the forum at the first import.</summary>
    public void LinkImportedProposal(Proposal proposal)
    {
        if (!IsImported || ProposalId is not null || Proposal is not null)
        {
            throw new DomainRuleException("Only an imported thread without a proposal is linked by its import.");
        }

        Proposal = proposal;
    }
}
