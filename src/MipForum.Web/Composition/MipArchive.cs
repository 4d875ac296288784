using System.IO.Compression;
using System.Text;
using MipForum.Application.Features.Proposals.Import;

namespace MipForum.Web.Composition;

/// <summary>
/// Reads a zip of a MIPs repository folder into files for the import, with limits so an upload cannot exhaust the
/// server: at most 5,000 entries, 2 MB per file and 50 MB in all once unpacked.
/// </summary>
public static class MipArchive
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;
    private const int MaxEntries = 5_000;
    private const long MaxEntryBytes = 2 * 1024 * 1024;
    private const long MaxTotalBytes = 50 * 1024 * 1024;

    /// <summary>The files, or an error to show the admin (not a zip, too large).</summary>
    public static async Task<(IReadOnlyList<MipFile> Files, string? Error)> ReadAsync(Stream zip, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
            var entries = archive.Entries.Where(e => e.Name.Length > 0 && !e.FullName.Split('/').Any(part => part.StartsWith('.'))).ToList();
            if (entries.Count > MaxEntries)
            {
                return ([], $"The archive has {entries.Count} files; at most {MaxEntries} are read.");
            }

            var files = new List<MipFile>();
            long total = 0;
            foreach (var entry in entries)
            {
                if (entry.Length > MaxEntryBytes || (total += entry.Length) > MaxTotalBytes)
                {
                    return ([], $"{entry.FullName} is too large (at most 2 MB a file, 50 MB in all).");
                }

                await using var stream = entry.Open();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                files.Add(new MipFile(entry.FullName, await reader.ReadToEndAsync(cancellationToken)));
            }

            return (files, null);
        }
        catch (InvalidDataException)
        {
            return ([], "That file is not a zip archive.");
        }
    }
}
