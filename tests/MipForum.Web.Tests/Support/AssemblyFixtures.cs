using MipForum.Web.Tests.Support;

// One forum (with the demo content) serves every read-only page and API test in this assembly.
[assembly: AssemblyFixture(typeof(ForumWebFactory))]
