using System.Text;
using MipForum.Application.Features.Threads.Import;

namespace MipForum.Web.Composition;

/// <summary>The Discourse import report as the operator reads it (command line and /admin/import): counts first, then each topic and post with its notes.</summary>
public static class DiscourseImportReportText
{
    public static string Summary(DiscourseImportReport report) =>
        $"{report.Topics.Count} topics: {report.Count(TopicOutcome.Created)} created, {report.Count(TopicOutcome.Updated)} updated, "
        + $"{report.Count(TopicOutcome.Unchanged)} unchanged, {report.Count(TopicOutcome.Failed)} failed; posts: {report.Posts(PostOutcome.Imported)} imported, "
        + $"{report.Posts(PostOutcome.Revised)} revised, {report.Posts(PostOutcome.Unchanged)} unchanged, {report.Posts(PostOutcome.Skipped)} skipped; "
        + $"{report.PlaceholdersCreated} placeholder members created; {report.NoteCount} notes.";

    /// <summary>
    /// The report, one line per topic, post and note. File names, titles and notes come from the files: control
    /// characters are shown as '?' so a file cannot send escape sequences to the operator's terminal.
    /// </summary>
    public static string Format(DiscourseImportReport report) => Printable(Lines(report));

    private static string Printable(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\n' || !(char.IsControl(c) || Domain.Common.VisibleText.ContainsBidiControl(c.ToString())) ? c : '?';
            }
        });

    private static string Lines(DiscourseImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Summary(report));
        foreach (var topic in report.Topics)
        {
            text.AppendLine($"  {topic.File}: {topic.Outcome}{(topic.TopicId is { } id ? $" topic {id}" : "")}{(topic.Title.Length > 0 ? $" \"{topic.Title}\"" : "")}{(topic.ThreadId is { } thread ? $" → /t/{thread}" : "")}");
            foreach (var note in topic.Notes)
            {
                text.AppendLine($"    note: {note}");
            }

            foreach (var post in topic.Posts)
            {
                text.AppendLine($"    post {post.OriginNumber}{(post.Number is { } number ? $" → #{number}" : "")} by {post.Author}: {post.Outcome}");
                foreach (var note in post.Notes)
                {
                    text.AppendLine($"      note: {note}");
                }
            }
        }

        return text.ToString();
    }
}
