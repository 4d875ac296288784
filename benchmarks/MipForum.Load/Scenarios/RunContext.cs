using MipForum.Load.Dataset;
using MipForum.Load.Server;

namespace MipForum.Load.Scenarios;

/// <summary>What every scenario works with: the running forum, the dataset's landmarks and the run's settings.</summary>
public sealed record RunContext(ForumServer Server, DatasetManifest Dataset, LoadSettings Settings, string Database, string ReaderCookie, TextWriter Log)
{
    public Uri Url(string pathAndQuery) => new(Server.Address, pathAndQuery);

    public static readonly string StaticFile = "/app.css";

    public static string ThreadPath(ThreadRef thread, int page = 1) => page <= 1 ? $"/t/{thread.Slug}/{thread.Id}" : $"/t/{thread.Slug}/{thread.Id}?page={page}";
}
