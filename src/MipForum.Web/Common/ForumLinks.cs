namespace MipForum.Web.Common;

/// <summary>The forum's URL shapes in one place, so pages, API and tests agree.</summary>
public static class ForumLinks
{
    public static string Thread(int id, string slug, int page = 1) =>
        page <= 1 ? $"/t/{slug}/{id}" : $"/t/{slug}/{id}?page={page}";

    public static string Post(int threadId, string slug, int number, int postsPerPage)
    {
        var page = ((number - 1) / postsPerPage) + 1;
        return $"{Thread(threadId, slug, page)}#post-{number}";
    }

    public static string Proposal(string code) => $"/proposals/{Uri.EscapeDataString(code)}";

    public static string Member(string userName) => $"/u/{Uri.EscapeDataString(userName)}";

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}";
}
