using MipForum.Web.Api;
using MipForum.Web.Caching;
using MipForum.Web.Components;

namespace MipForum.Web.Composition;

public static class RequestPipeline
{
    public static WebApplication UseMipForum(this WebApplication app)
    {
        app.UseForwardedClientAddress(); // first: every per-address rule reads the forwarded address
        app.UseSecurityHeaders();
        app.UsePathOnlyRedirects();

        // API exceptions become problem details (ApiExceptionHandler); page exceptions show the error page.
        // A refusal that reaches a page (a demoted admin's old cookie on an admin page) answers the status the API would (ErrorTable), not a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            CreateScopeForErrors = true,
            StatusCodeSelector = exception => Errors.ErrorTable.For(exception).Status,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // An empty error answer: a browser gets the not-found page, an API caller problem details (the table's type for
        // the status), written inside the re-execution so it never sees an empty API answer.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseEmptyApiErrorsAsProblems();
        app.UseAuthentication();
        app.UseCurrentUser();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache(); // after authentication: signed-in requests bypass the page cache (ForumPagePolicy)
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapForumApi();
        app.MapForumApiDocument();
        app.MapShortLinks();
        Feeds.FeedEndpoints.MapFeeds(app);
        Feeds.SiteIndexEndpoints.MapSiteIndex(app);
        app.MapGet("/proposals/{code}.md", Api.ProposalWritingEndpoints.ProposalDocumentAsync);
        app.MapGet("/proposals/{code}/annexes/{file}.md", Api.ProposalWritingEndpoints.AnnexDocumentAsync);
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null) // our CSP already says frame-ancestors 'none'
            .CachedForAnonymousReaders();

        return app;
    }

    /// <summary>Prints where the forum can be opened, once Kestrel has bound its addresses.</summary>
    public static void AnnounceUrls(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"MipForum is running at {url}");
            }
        });
}
