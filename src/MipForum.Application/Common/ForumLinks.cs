using System.Globalization;

namespace MipForum.Application.Common;

/// <summary>
/// The forum's URL shapes in one place, so pages, API, the markdown renderer, application messages and tests agree.
/// Paths only: absolute links (feeds, e-mail) prefix them with the public address. Route templates (<c>@page</c>,
/// <c>MapGet</c>) stay where they are declared; this is what the forum writes into pages, redirects and stored text.
/// </summary>
public static class ForumLinks
{
    public const string Home = "/";

    /// <summary>The latest threads with a tag.</summary>
    public static string Tag(string tag) => $"/?tag={Uri.EscapeDataString(tag)}";

    /// <summary>The latest threads of one category.</summary>
    public static string Category(string slug) => $"/?category={Uri.EscapeDataString(slug)}";

    /// <summary>RSS feeds (<c>Features/Feeds</c>): the latest threads, a category's, a thread's posts, a member's posts, proposals.</summary>
    public const string LatestFeed = "/latest.rss";

    public const string ProposalsFeed = "/proposals.rss";

    public static string CategoryFeed(string slug) => $"/c/{Uri.EscapeDataString(slug)}.rss";

    public static string ThreadFeed(int threadId) => Invariant($"/t/{threadId}.rss");

    public static string MemberFeed(string userName) => $"/u/{Uri.EscapeDataString(userName)}.rss";

    public const string NewThread = "/new-thread";

    /// <summary>The search page, for what was typed, of one kind of hit, at a page.</summary>
    public static string Search(string? text = null, string? type = null, int page = 1)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add($"q={Uri.EscapeDataString(text)}");
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            parts.Add($"type={Uri.EscapeDataString(type)}");
        }

        if (page > 1)
        {
            parts.Add(Invariant($"page={page}"));
        }

        return parts.Count == 0 ? "/search" : "/search?" + string.Join('&', parts);
    }

    public const string Notifications = "/notifications";

    public const string ReviewQueue = "/review";

    public const string ModerationLog = "/moderation-log";

    public static string Thread(int id, string slug, int page = 1) =>
        page <= 1 ? Invariant($"/t/{slug}/{id}") : Invariant($"/t/{slug}/{id}?page={page}");

    /// <summary>A thread by its id alone: redirects to <see cref="Thread(int, string, int)"/>, as people paste it.</summary>
    public static string ThreadById(int id) => Invariant($"/t/{id}");

    /// <summary>The thread page holding post <paramref name="number"/> (numbers have no gaps).</summary>
    public static int PageOf(int number, int postsPerPage) => ((number - 1) / postsPerPage) + 1;

    public static string Post(int threadId, string slug, int number, int postsPerPage) =>
        $"{Thread(threadId, slug, PageOf(number, postsPerPage))}#post-{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A post by thread id and number: what quotes, notifications and forms link to; redirects to the page holding it.</summary>
    public static string PostById(int threadId, int number) => Invariant($"/t/{threadId}/posts/{number}");

    /// <summary>A post by its id alone (the moderation log links posts so): redirects to the page holding it.</summary>
    public static string PostByPostId(int postId) => Invariant($"/p/{postId}");

    public static string EditPost(int postId) => Invariant($"/posts/{postId}/edit");

    public static string PostHistory(int postId) => Invariant($"/posts/{postId}/history");

    public static string FlagPost(int postId) => Invariant($"/posts/{postId}/flag");

    public static string AppealPost(int postId) => Invariant($"/posts/{postId}/appeal");

    public static string ModeratePost(int postId) => Invariant($"/posts/{postId}/moderate");

    public static string ModerateThread(int threadId) => Invariant($"/t/{threadId}/moderate");

    public static string Proposal(string code) => $"/proposals/{Uri.EscapeDataString(code)}";

    /// <summary>An annex's page; its file, as imported, is the same address with <c>.md</c>.</summary>
    public static string Annex(string code, string fileName) =>
        $"{Proposal(code)}/annexes/{Uri.EscapeDataString(Path.GetFileNameWithoutExtension(fileName))}";

    public const string Proposals = "/proposals";

    public const string MyDrafts = "/proposals/drafts";

    /// <summary>The editor for a new draft, a subproposal of <paramref name="parentCode"/> when one is given.</summary>
    public static string NewProposal(string? parentCode = null) =>
        parentCode is null ? "/proposals/new" : $"/proposals/new?parent={Uri.EscapeDataString(parentCode)}";

    public static string EditDraft(int draftId, bool saved = false) =>
        saved ? Invariant($"/proposals/{draftId}/edit?saved=1") : Invariant($"/proposals/{draftId}/edit");

    public static string ProposalHistory(string code) => $"{Proposal(code)}/history";

    public static string Member(string userName) => $"/u/{Uri.EscapeDataString(userName)}";

    public static string Poll(int pollId) => Invariant($"/polls/{pollId}");

    public static string NewPoll(int threadId) => Invariant($"/t/{threadId}/polls/new");

    public const string Polls = "/polls";

    public static string PollBallots(int pollId) => Invariant($"/api/v1/polls/{pollId}/ballots.csv");

    public static string Delegate(string userName) => $"/delegates/{Uri.EscapeDataString(userName)}";

    public static string ModerateMember(string userName) => $"{Member(userName)}/moderate";

    public static string OpenNotification(int notificationId) => Invariant($"/notifications/{notificationId}/open");

    public const string SignInPath = "/account/login";

    public const string RegisterPath = "/account/register";

    /// <summary>Where the cookie handler sends a signed-in member whom a page's policy refuses.</summary>
    public const string AccessDeniedPath = "/account/access-denied";

    public const string SignOutPath = "/account/logout";

    public const string ChangePassword = "/account/password";

    public const string ApiKeys = "/account/api-keys";

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/> afterwards when one is given.</summary>
    public static string SignIn(string? returnUrl = null) => WithReturnUrl(SignInPath, returnUrl);

    public static string Register(string? returnUrl = null) => WithReturnUrl(RegisterPath, returnUrl);

    public const string AdminMembers = "/admin/users";

    public static string AdminMembersSearch(string? term) =>
        string.IsNullOrEmpty(term) ? AdminMembers : $"{AdminMembers}?q={Uri.EscapeDataString(term)}";

    public static string AdminMember(string userName) => $"{AdminMembers}/{Uri.EscapeDataString(userName)}";

    public const string AdminMaintenance = "/admin/maintenance";

    public const string AdminImport = "/admin/import";

    public const string AdminWeightSnapshots = "/admin/weight-snapshots";

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Where the API answers for one resource (the <c>Location</c> of a 201).</summary>
    public static class Api
    {
        public static string Draft(int draftId) => Invariant($"/api/v1/proposals/{draftId}");

        public static string Proposal(string code) => $"/api/v1/proposals/{Uri.EscapeDataString(code)}";

        public static string Post(int postId) => Invariant($"/api/v1/posts/{postId}");

        public static string Poll(int pollId) => Invariant($"/api/v1/polls/{pollId}");

        public static string WeightSnapshot(int snapshotId) => Invariant($"/api/v1/admin/weight-snapshots/{snapshotId}");
    }

    private static string WithReturnUrl(string path, string? returnUrl) =>
        returnUrl is null ? path : $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
