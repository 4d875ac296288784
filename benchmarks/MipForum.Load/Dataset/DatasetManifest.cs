using System.Text.Json;

namespace MipForum.Load.Dataset;

/// <summary>What the scenarios need to know about a generated dataset; kept beside the database so it can be reused.</summary>
public sealed record DatasetManifest(
    string Settings,
    int Members,
    int Threads,
    int Posts,
    int Proposals,
    int Likes,
    int ModerationActions,
    ThreadRef LongThread,
    ThreadRef DemoThread,
    string ProposalCode,
    string Password,
    IReadOnlyList<string> Writers,
    string Reader,
    TimeSpan GenerationTime)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathFor(string database) => database + ".manifest.json";

    public async Task SaveAsync(string database) => await File.WriteAllTextAsync(PathFor(database), JsonSerializer.Serialize(this, Json));

    public static async Task<DatasetManifest?> LoadAsync(string database) =>
        File.Exists(PathFor(database)) ? JsonSerializer.Deserialize<DatasetManifest>(await File.ReadAllTextAsync(PathFor(database))) : null;
}

public sealed record ThreadRef(int Id, string Slug, int Posts);
