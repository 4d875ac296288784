using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Threads.Import;

/// <summary>
/// One topic's import, inside the caller's transaction: the thread (found by the topic's id, or started), its posts in
/// the other forum's order, renumbered without gaps, each by its author's placeholder, with its text read through
/// MipForum's own pipeline. What is skipped, guessed or changed is noted on the topic or the post.
/// </summary>
internal sealed partial class DiscourseTopicImport(IForumDbContext db, IMarkdownCooker cooker, IDiscourseText discourse, DiscourseAuthors authors, string source, DateTimeOffset now)
{
    private readonly List<string> _notes = [];
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<long, (int ThreadId, Dictionary<int, int> Numbers)> _otherTopics = [];
    private readonly Dictionary<string, string?> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _quoteNames = new(StringComparer.OrdinalIgnoreCase);
    private DiscourseTopic _topic = null!;
    private ForumThread? _thread;

    public async Task<TopicReport> RunAsync(string file, DiscourseTopic topic, Category category, CancellationToken cancellationToken)
    {
        _topic = topic;
        _thread = await db.Threads.Include(t => t.Posts).SingleOrDefaultAsync(t => t.OriginSource == source && t.OriginId == topic.Id, cancellationToken);
        var created = _thread is null;
        if (topic.PostsInStream > topic.Posts.Count)
        {
            _notes.Add($"The file holds {topic.Posts.Count} of the topic's {topic.PostsInStream} posts (Discourse sends them 20 at a time): export the rest from /t/{topic.Id}/posts.json?post_ids[]=… and import those files with this one, or later.");
        }

        var posts = new List<PostReport>();
        var candidates = new List<DiscoursePost>();
        foreach (var post in topic.Posts)
        {
            if (post.Hidden && _thread?.Posts.FirstOrDefault(p => p.OriginId == post.Id) is { } imported)
            {
                // Imported before, hidden there since (after flags): hidden here too, in the public log as the forum's own act.
                if (imported.HideAsImported(now))
                {
                    Moderation.ModerationLogWriter.Post(db, Domain.Moderation.ModerationAction.HidePost, null, imported, _thread.Title, Post.HiddenThereReason, now);
                }

                posts.Add(new PostReport(post.Number, imported.Number, post.UserName, PostOutcome.Hidden, ["Hidden on the original forum since the last import: hidden here too."]));
                continue;
            }

            if (SkipReason(post) is { } reason)
            {
                posts.Add(new PostReport(post.Number, null, post.UserName, PostOutcome.Skipped, [reason]));
            }
            else
            {
                candidates.Add(post);
            }
        }

        PlanNumbers(candidates);
        await ResolveNamesAsync(candidates, cancellationToken);
        await LoadQuotedTopicsAsync(candidates, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var changed = false;
        foreach (var post in candidates)
        {
            var (report, stored) = await ImportPostAsync(post, category, cancellationToken);
            posts.Add(report);
            changed |= stored;
            if (stored)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        if (_thread is null)
        {
            throw new DomainRuleException("The topic has no post that can be imported.");
        }

        changed |= await FollowTopicAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var outcome = created ? TopicOutcome.Created : changed ? TopicOutcome.Updated : TopicOutcome.Unchanged;
        return new TopicReport(file, topic.Id, _thread.Title, outcome, _thread.Id, posts.OrderBy(p => p.OriginNumber).ToList(), _notes);
    }

    private static string? SkipReason(DiscoursePost post) => post switch
    {
        { PostType: DiscoursePost.Whisper } => "A whisper: only staff saw it on the original forum, so it is not imported.",
        { PostType: DiscoursePost.SmallAction } => "A topic event (closed, pinned, moved), not a post.",
        { Hidden: true } => "Hidden on the original forum (after flags): not imported. Import the topic again once it is shown there.",
        { Raw: null or "", Cooked: null or "" } => "The export has no text for it (neither raw nor cooked).",
        _ => null,
    };

    /// <summary>Numbers here have no gaps: posts already imported keep theirs; new ones follow the last, in the other forum's order.</summary>
    private void PlanNumbers(List<DiscoursePost> candidates)
    {
        var existing = _thread?.Posts.Where(p => p.OriginId is not null).ToDictionary(p => p.OriginId!.Value) ?? [];
        foreach (var post in _thread?.Posts.Where(p => p.OriginNumber is not null) ?? [])
        {
            _numbers[post.OriginNumber!.Value] = post.Number;
        }

        var next = _thread?.PostCount ?? 0;
        var lastOriginNumber = _numbers.Keys.DefaultIfEmpty(0).Max();
        foreach (var post in candidates.Where(p => !existing.ContainsKey(p.Id)))
        {
            _numbers[post.Number] = ++next;
            if (post.Number < lastOriginNumber)
            {
                _notes.Add($"Post {post.Number} was not in an earlier import of this topic: it is #{next} here, after the posts imported before it.");
            }
            else if (post.Number != next && _thread is null)
            {
                _notes.Add($"Post {post.Number} is #{next} here: numbers here have no gaps.");
            }
        }
    }

    /// <summary>Authors and the people they mention become members here before any text is cooked, so mentions link to them.</summary>
    private async Task ResolveNamesAsync(List<DiscoursePost> candidates, CancellationToken cancellationToken)
    {
        foreach (var post in candidates)
        {
            _names[post.UserName] = (await authors.ResolveAsync(post.UserName, post.Name, post.CreatedAt, _notes, cancellationToken)).UserName;
        }

        foreach (var post in candidates)
        {
            var linked = post.Cooked is { } cooked ? discourse.LinkedMentions(cooked).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
            var mentioned = post.Raw is { Length: > 0 } raw ? discourse.MentionedNames(raw) : linked;
            foreach (var quoted in post.Raw is { Length: > 0 } quoting ? discourse.QuotedNames(quoting) : [])
            {
                // A quote's title names its author as they are here ("bob_2 said:"), never as whoever is "bob" here.
                if (!_quoteNames.ContainsKey(quoted))
                {
                    _quoteNames[quoted] = (await authors.FindAsync(quoted, cancellationToken))?.UserName ?? quoted;
                }
            }

            foreach (var name in mentioned.Where(n => !_names.ContainsKey(n)))
            {
                // Someone Discourse linked exists there: a placeholder keeps the link. A name it did not link (a typo,
                // "@everyone") stays plain text rather than pointing at whoever has that name here.
                _names[name] = linked.Contains(name)
                    ? (await authors.ResolveAsync(name, null, post.CreatedAt, _notes, cancellationToken)).UserName
                    : (await authors.FindAsync(name, cancellationToken))?.UserName;
            }
        }
    }

    /// <summary>Quotes of other topics link to them when those were imported (their numbers here differ from there).</summary>
    private async Task LoadQuotedTopicsAsync(List<DiscoursePost> candidates, CancellationToken cancellationToken)
    {
        var quoted = candidates.SelectMany(p => QuotedTopic().Matches(p.Raw ?? string.Empty))
            .Select(m => long.TryParse(m.Groups[1].ValueSpan, out var id) ? id : 0)
            .Where(id => id > 0 && id != _topic.Id)
            .Distinct()
            .ToList();
        if (quoted.Count == 0)
        {
            return;
        }

        var rows = await db.Posts.AsNoTracking()
            .Where(p => p.Thread.OriginSource == source && quoted.Contains(p.Thread.OriginId!.Value) && p.OriginNumber != null)
            .Select(p => new { TopicId = p.Thread.OriginId!.Value, p.ThreadId, OriginNumber = p.OriginNumber!.Value, p.Number })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (!_otherTopics.TryGetValue(row.TopicId, out var other))
            {
                _otherTopics[row.TopicId] = other = (row.ThreadId, []);
            }

            other.Numbers[row.OriginNumber] = row.Number;
        }
    }

    private (int ThreadId, int? Number)? QuotedPost(long topicId, int? originNumber)
    {
        if (topicId == _topic.Id)
        {
            if (_thread is null || _thread.Id == 0)
            {
                return null;
            }

            return (_thread.Id, originNumber is { } n && _numbers.TryGetValue(n, out var here) ? here : null);
        }

        return _otherTopics.TryGetValue(topicId, out var other)
            ? (other.ThreadId, originNumber is { } m && other.Numbers.TryGetValue(m, out var there) ? there : null)
            : null;
    }

    private async Task<(PostReport Report, bool Changed)> ImportPostAsync(DiscoursePost post, Category category, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var author = await authors.ResolveAsync(post.UserName, post.Name, post.CreatedAt, notes, cancellationToken);
        var body = await CookAsync(post, notes, cancellationToken);
        var existing = _thread?.Posts.FirstOrDefault(p => p.OriginId == post.Id);
        var editedAt = post.Version > 1 ? post.UpdatedAt ?? post.CreatedAt : (DateTimeOffset?)null;
        if (post.Version > 1 && post.UpdatedAt is null)
        {
            notes.Add("Edited there (version " + post.Version + "), but the export gives no time for it: shown as edited when it was written.");
        }

        var withdrawn = post.DeletedAt is not null || post.UserDeleted;
        if (existing is not null)
        {
            var outcome = existing.ReviseFromImport(body, editedAt ?? now, post.Version) ? PostOutcome.Revised : PostOutcome.Unchanged;
            var changed = outcome == PostOutcome.Revised;
            if (existing.ImportedLikes != post.Likes)
            {
                notes.Add($"Likes there went from {existing.ImportedLikes} to {post.Likes}.");
                existing.RecordImportedLikes(post.Likes);
                changed = true;
            }

            if (withdrawn && !existing.IsDeleted)
            {
                existing.WithdrawAsImported(post.DeletedAt ?? post.UpdatedAt ?? now);
                notes.Add("Deleted by its author there since the last import: withdrawn here.");
                changed = true;
            }

            return (new PostReport(post.Number, existing.Number, author.UserName, outcome, notes), changed);
        }

        var origin = new PostOrigin(post.Id, post.Number, DiscourseSource.PostUrl(source, _topic.Slug, _topic.Id, post.Number), post.Version);
        Post stored;
        if (_thread is null)
        {
            if (post.Number != 1)
            {
                throw new DomainRuleException($"The file does not hold the topic's first post (it starts at post {post.Number}): import the topic's first page first.");
            }

            _thread = await StartThreadAsync(category, author, body, origin, post, editedAt, cancellationToken);
            stored = _thread.Posts.Single();
            await db.SaveChangesAsync(cancellationToken);
            await CorrectSelfQuotesAsync(stored, post, cancellationToken);
        }
        else
        {
            var replyTo = ReplyTarget(post, notes);
            stored = _thread.ReplyImported(author, body, replyTo, origin, post.Likes, post.CreatedAt, editedAt);
        }

        if (withdrawn)
        {
            stored.WithdrawAsImported(post.DeletedAt ?? post.UpdatedAt ?? post.CreatedAt);
            notes.Add("Deleted by its author there: withdrawn here (its text is kept for moderators, as for a post withdrawn here).");
        }

        return (new PostReport(post.Number, _numbers[post.Number], author.UserName, PostOutcome.Imported, notes), true);
    }

    private int? ReplyTarget(DiscoursePost post, List<string> notes)
    {
        if (post.ReplyToNumber is not { } target)
        {
            return null;
        }

        if (_numbers.TryGetValue(target, out var here) && here < _numbers[post.Number])
        {
            return here;
        }

        notes.Add($"It replies to post {target}, which is not imported: it is shown as a reply to the thread.");
        return null;
    }

    private async Task<ForumThread> StartThreadAsync(Category category, Member author, CookedMarkdown body, PostOrigin origin, DiscoursePost post, DateTimeOffset? editedAt, CancellationToken cancellationToken)
    {
        var title = (_topic.Title ?? throw new DomainRuleException("No file of this topic has its title: import the topic's first page (/t/{id}.json) with its other pages.")).Trim();
        if (title.Length > ForumThread.TitleMaxLength)
        {
            title = title[..ForumThread.TitleMaxLength].TrimEnd();
            _notes.Add($"The title is longer than {ForumThread.TitleMaxLength} characters here: it was shortened.");
        }

        var thread = ForumThread.Imported(
            category, title, author, body, origin, post.Likes, post.CreatedAt, editedAt,
            new ThreadOrigin(source, _topic.Id, DiscourseSource.TopicUrl(source, _topic.Slug, _topic.Id)),
            await NamedProposalAsync(cancellationToken), Tags());
        if (_topic.Closed)
        {
            thread.Lock();
            _notes.Add("Closed on the original forum: locked here.");
        }

        db.Threads.Add(thread);
        return thread;
    }

    /// <summary>Post 1 is cooked before the thread has its id: a quote of its own topic is linked once it has one.</summary>
    private async Task CorrectSelfQuotesAsync(Post first, DiscoursePost post, CancellationToken cancellationToken)
    {
        if (post.Raw is not { } raw || !raw.Contains($"topic:{_topic.Id}", StringComparison.Ordinal))
        {
            return;
        }

        var body = await CookAsync(post, [], cancellationToken);
        if (body.Markdown != first.Raw)
        {
            first.CorrectImportedText(body);
        }
    }

    /// <summary>
    /// On a re-import a proposal published here since is linked. The title and tags stay as they are here: a moderator
    /// may have changed them, and importing again must not undo that.
    /// </summary>
    private async Task<bool> FollowTopicAsync(CancellationToken cancellationToken)
    {
        if (_thread!.Id != 0 && _thread.ProposalId is null && await NamedProposalAsync(cancellationToken) is { } proposal)
        {
            _thread.LinkImportedProposal(proposal);
            return true;
        }

        return false;
    }

    private async Task<CookedMarkdown> CookAsync(DiscoursePost post, List<string> notes, CancellationToken cancellationToken)
    {
        string raw;
        if (post.Raw is { Length: > 0 } written)
        {
            raw = written;
        }
        else
        {
            raw = discourse.MarkdownFromCooked(post.Cooked!);
            notes.Add("The export has no raw text for it: its markdown was read from the cooked HTML.");
        }

        var translation = discourse.Translate(raw, new Common.Interfaces.DiscourseLinks(
            name => _names.TryGetValue(name, out var here) ? here : null,
            QuotedPost,
            name => _names.TryGetValue(name, out var author) && author is not null ? author : _quoteNames.GetValueOrDefault(name, name)));
        notes.AddRange(translation.Notes);
        if (!VisibleText.HasVisibleCharacter(translation.Markdown))
        {
            throw new DomainRuleException($"Post {post.Number} has no visible text.");
        }

        try
        {
            return await cooker.CookAsync(translation.Markdown, cancellationToken);
        }
        catch (RequestValidationException)
        {
            // Longer than a post written here may be: what was said there is kept whole, under the proposal limits.
            notes.Add("It is longer than a post written here may be: kept whole.");
            return await cooker.CookProposalAsync(translation.Markdown, cancellationToken);
        }
    }

    /// <summary>The proposal the title names ("MIP41c4-SP99: …"), when it is on the forum and published.</summary>
    private async Task<Proposal?> NamedProposalAsync(CancellationToken cancellationToken)
    {
        var first = LeadingCode().Match(_topic.Title ?? string.Empty);
        if (!first.Success || !ProposalCode.TryParse(first.Groups[1].Value, out var code))
        {
            return null;
        }

        var canonical = code.ToString();
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Code == canonical, cancellationToken);
        if (proposal is null || proposal.IsDraft)
        {
            var note = $"The title names {canonical}, which is not a published proposal here: not linked (a re-import links it once it is).";
            if (!_notes.Contains(note))
            {
                _notes.Add(note);
            }

            return null;
        }

        return proposal;
    }

    /// <summary>Tags as they are here: valid ones, at most five; the others are noted.</summary>
    private List<string> Tags()
    {
        var tags = _topic.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var valid = tags.Where(ThreadTags.IsTag).Take(ThreadTags.MaxPerThread).ToList();
        var dropped = tags.Except(valid).ToList();
        var note = $"Tags not kept (at most {ThreadTags.MaxPerThread}, lower-case letters, digits and '-'): {string.Join(", ", dropped)}.";
        if (dropped.Count > 0 && !_notes.Contains(note))
        {
            _notes.Add(note);
        }

        return valid;
    }

    [GeneratedRegex(@"\btopic:(\d{1,18})\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTopic();

    [GeneratedRegex(@"^\s*([A-Za-z]+\d+[A-Za-z0-9-]*?)(?=[:\s]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCode();
}
