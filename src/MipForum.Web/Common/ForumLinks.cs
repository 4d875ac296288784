namespace MipForum.Web.Common;

/// <summary>The forum's URL shapes in one place, so pages, API and tests agree.</summary>
public static class ForumLinks
{
    public static string Thread(int id, string slug, int page = 1) =>
        page <= 1 ? $"/t/{slug}/{id}" : $"/t/{slug}/{id}?page={page}";

    /// <summary>The thread page holding post <paramref name="number"/> (numbers have no gaps).</summary>
    public static int PageOf(int number, int postsPerPage) => ((number - 1) / postsPerPage) + 1;

    public static string Post(int threadId, string slug, int number, int postsPerPage) =>
        $"{Thread(threadId, slug, PageOf(number, postsPerPage))}#post-{number}";

    public static string Proposal(string code) => $"/proposals/{Uri.EscapeDataString(code)}";

    /// <summary>An annex's page; its file, as imported, is the same address with <c>.md</c>.</summary>
    public static string Annex(string code, string fileName) =>
        $"{Proposal(code)}/annexes/{Uri.EscapeDataString(Path.GetFileNameWithoutExtension(fileName))}";

    public static string Member(string userName) => $"/u/{Uri.EscapeDataString(userName)}";

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}";
}
