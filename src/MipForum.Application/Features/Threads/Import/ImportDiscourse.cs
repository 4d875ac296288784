using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;

namespace MipForum.Application.Features.Threads.Import;

/// <summary>
/// Imports Discourse topics (files in the shape of <c>/t/{id}.json?include_raw=true</c>) into a category, from the
/// forum at <see cref="Source"/>. Each topic is its own unit of work: stored whole or not at all. Importing a topic
/// again adds its new posts and follows edits instead of duplicating. Several files of one topic (Discourse sends
/// posts 20 at a time) are read as one.
/// </summary>
public sealed record ImportDiscourseCommand(IReadOnlyList<DiscourseTopicFile> Files, string Category, string Source) : ICommand<DiscourseImportReport>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ImportDiscussions;

    /// <summary>Told the number of files done after each topic (the command line draws a bar from it).</summary>
    public IProgress<int>? Progress { get; init; }
}

public sealed class ImportDiscourseCommandValidator : AbstractValidator<ImportDiscourseCommand>
{
    public ImportDiscourseCommandValidator()
    {
        RuleFor(c => c.Files).NotEmpty().WithMessage("Give at least one topic file.");
        RuleFor(c => c.Category).Must(Slugs.IsSlug).WithMessage("Choose the category the topics go into.");
        RuleFor(c => c.Source)
            .Must(DiscourseSource.IsValid)
            .WithMessage("Give the address of the forum the topics come from, such as https://forum.makerdao.com (original links are made from it).");
    }
}

public sealed class ImportDiscourseCommandHandler(IForumDbContext db, IMarkdownCooker cooker, IDiscourseText discourse, TimeProvider time, Microsoft.Extensions.Options.IOptions<Common.Models.AccountOptions> accounts)
    : ICommandHandler<ImportDiscourseCommand, DiscourseImportReport>
{
    public async ValueTask<DiscourseImportReport> Handle(ImportDiscourseCommand command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == command.Category, cancellationToken)
            ?? throw new RequestValidationException("category", $"There is no category '{command.Category}'.");
        var source = DiscourseSource.Normalize(command.Source);
        var reports = new List<TopicReport>();
        var topics = new List<(string File, DiscourseTopic Topic)>();
        foreach (var file in command.Files)
        {
            try
            {
                topics.Add((file.Name, DiscourseTopicReader.Read(file.Json)));
            }
            catch (FormatException unreadable)
            {
                reports.Add(new TopicReport(file.Name, null, string.Empty, TopicOutcome.Failed, null, [], [$"Not imported: {unreadable.Message}"]));
            }
        }

        var placeholders = 0;
        var done = reports.Count;
        foreach (var group in topics.GroupBy(t => t.Topic.Id))
        {
            command.Progress?.Report(done);
            done += group.Count();
            var topic = Merge(group.Select(t => t.Topic).ToList());
            var fileNames = string.Join(", ", group.Select(t => t.File));
            db.ChangeTracker.Clear();
            db.Categories.Attach(category);
            var authors = new DiscourseAuthors(db, source, accounts.Value.IsReserved);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var import = new DiscourseTopicImport(db, cooker, discourse, authors, source, time.GetUtcNow());
                var report = await import.RunAsync(fileNames, topic, category, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                placeholders += authors.Created;
                reports.Add(report);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One topic's failure (a rule, an unreadable post, the database) is that topic's: nothing of it is kept
                // and the other topics are still imported.
                await transaction.RollbackAsync(cancellationToken);
                var why = failure is RequestValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : (failure.GetBaseException().Message);
                reports.Add(new TopicReport(fileNames, topic.Id, topic.Title ?? string.Empty, TopicOutcome.Failed, null, [], [$"Not imported, nothing of it was stored: {why}"]));
            }
        }

        db.ChangeTracker.Clear();
        command.Progress?.Report(done);
        return new DiscourseImportReport(reports) { PlaceholdersCreated = placeholders };
    }

    /// <summary>
    /// Pages of one topic as one: every post once (the last file's copy wins), in post-number order, with the title,
    /// tags and state of the page that has them (a page of posts from /t/{id}/posts.json has none).
    /// </summary>
    private static DiscourseTopic Merge(IReadOnlyList<DiscourseTopic> pages)
    {
        var posts = pages.SelectMany(p => p.Posts).GroupBy(p => p.Number).Select(g => g.Last()).OrderBy(p => p.Number).ToList();
        var described = pages.LastOrDefault(p => p.Title is not null) ?? pages[^1];
        return described with { Posts = posts, PostsInStream = pages.Max(p => p.PostsInStream) };
    }
}
