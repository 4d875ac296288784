namespace MipForum.Infrastructure.Seeding;

/// <summary>
/// The demo's long texts (proposal bodies and posts), kept as markdown files under Seeding/Prose and embedded in the
/// assembly, so they can be read and edited as what they are rather than as C# string literals.
/// </summary>
internal static class DemoProse
{
    /// <param name="path">The file's path under Seeding/Prose, with forward slashes.</param>
    /// <exception cref="InvalidOperationException">No such file was embedded (a typo in the demo content).</exception>
    public static string Read(string path)
    {
        // MSBuild writes %(RecursiveDir) with the build machine's separator.
        var name = "demo-prose/" + path;
        using var stream = typeof(DemoProse).Assembly.GetManifestResourceStream(name)
            ?? typeof(DemoProse).Assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"The demo text {path} is not embedded in {typeof(DemoProse).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);

        // A file ends with a line break; the text it holds does not.
        return text.EndsWith('\n') ? text[..^1] : text;
    }
}
