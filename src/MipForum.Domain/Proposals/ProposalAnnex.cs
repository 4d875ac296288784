using MipForum.Domain.Common;

namespace MipForum.Domain.Proposals;

/// <summary>
/// A document that belongs to a component without being a proposal of its own, such as
/// <c>MIP10/MIP10c5-List-of-Active-Oracles.md</c>: the MIPs portal shows it with its component, so the forum does too.
/// The file is kept whole as written, so that its export is the file itself.
/// </summary>
public sealed class ProposalAnnex
{
    public const int PathMaxLength = 400;
    public const int FileNameMaxLength = 200;

    private ProposalAnnex()
    {
        Path = string.Empty;
        FileName = string.Empty;
        Title = string.Empty;
        Markdown = string.Empty;
        Cooked = string.Empty;
    }

    internal ProposalAnnex(Proposal component, string path, string title, CookedMarkdown content, DateTimeOffset now)
    {
        Proposal = component;
        Path = RequirePath(path);
        FileName = System.IO.Path.GetFileName(Path);
        Title = ShortTitle(title, FileName);
        Markdown = content.Markdown;
        Cooked = content.Html;
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public Proposal Proposal { get; private set; } = null!;

    /// <summary>Where the file lives in the repository (<c>MIP10/MIP10c5-List-of-Active-Oracles.md</c>).</summary>
    public string Path { get; private set; }

    /// <summary>The file's name, unique within its component; its address and export use it.</summary>
    public string FileName { get; private set; }

    public string Title { get; private set; }

    public string Markdown { get; private set; }

    public string Cooked { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>Replaces the text with the record's (a re-import); returns whether anything changed.</summary>
    public bool UpdateFromRecord(string path, string title, CookedMarkdown content, DateTimeOffset now)
    {
        var newPath = RequirePath(path);
        var newTitle = ShortTitle(title, FileName);
        if (newPath == Path && newTitle == Title && content.Markdown == Markdown)
        {
            return false;
        }

        Path = newPath;
        Title = newTitle;
        Markdown = content.Markdown;
        Cooked = content.Html;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Stores HTML re-cooked from the unchanged text (a pipeline change); returns whether it changed.</summary>
    public bool Recook(CookedMarkdown content)
    {
        if (content.Markdown != Markdown)
        {
            throw new DomainRuleException("Re-cooking must start from the annex's own text.");
        }

        if (content.Html == Cooked)
        {
            return false;
        }

        Cooked = content.Html;
        return true;
    }

    private static string RequirePath(string path)
    {
        var trimmed = path.Trim().TrimStart('/');
        if (trimmed.Length == 0 || trimmed.Length > PathMaxLength || System.IO.Path.GetFileName(trimmed).Length > FileNameMaxLength)
        {
            throw new DomainRuleException($"An annex's path has 1 to {PathMaxLength} characters and its file name at most {FileNameMaxLength}.");
        }

        return trimmed;
    }

    // The title only names the annex in a list; the file keeps its heading as written, so a long one is shortened, not refused.
    private static string ShortTitle(string title, string fileName)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
        {
            return fileName;
        }

        return trimmed.Length <= Proposal.TitleMaxLength ? trimmed : trimmed[..(Proposal.TitleMaxLength - 1)] + "…";
    }
}
