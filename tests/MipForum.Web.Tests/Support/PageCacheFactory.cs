namespace MipForum.Web.Tests.Support;

/// <summary>A forum of its own for the page-cache tests: they lock threads and move proposals, which other tests read.</summary>
public sealed class PageCacheFactory : ForumWebFactory;
