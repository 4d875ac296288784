using Microsoft.AspNetCore.Antiforgery;

namespace MipForum.Web.Caching;

/// <summary>
/// Blazor asks for antiforgery tokens on every page once interactive render modes exist, form or not, which sets a cookie
/// and "no-store" on each answer: an answer with a cookie cannot be shared. For an anonymous request the page cache
/// keeps (<see cref="ForumPagePolicy"/>), the tokens are made but not stored. These pages carry no form for anonymous
/// readers (tested); a page that needs a token (sign-in, registration) is not cached and gets its cookie as before.
/// </summary>
public sealed class CacheableAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        GatedOutputCacheStore.IsCacheable(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
