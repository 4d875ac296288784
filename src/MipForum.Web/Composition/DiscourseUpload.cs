using System.IO.Compression;
using System.Text;
using MipForum.Application.Features.Threads.Import;

namespace MipForum.Web.Composition;

/// <summary>
/// Reads uploaded Discourse topic files (JSON files, or zips of them) for the import, with limits so an upload cannot
/// exhaust the server: at most 500 topic files, 5 MB each and 50 MB in all once unpacked.
/// </summary>
public static class DiscourseUpload
{
    private const int MaxFiles = 500;
    private const long MaxFileBytes = 5 * 1024 * 1024;
    private const long MaxTotalBytes = 50 * 1024 * 1024;

    public static async Task<(IReadOnlyList<DiscourseTopicFile> Files, string? Error)> ReadAsync(IEnumerable<IFormFile> uploads, CancellationToken cancellationToken)
    {
        var files = new List<DiscourseTopicFile>();
        long total = 0;
        foreach (var upload in uploads.Where(u => u.Length > 0))
        {
            if (upload.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                // The upload stream cannot seek the way the zip reader needs; the whole upload is at most 20 MB.
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                try
                {
                    using var archive = new ZipArchive(buffer, ZipArchiveMode.Read);
                    foreach (var entry in archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !e.FullName.Split('/').Any(p => p.StartsWith('.'))))
                    {
                        if (entry.Length > MaxFileBytes || (total += entry.Length) > MaxTotalBytes || files.Count >= MaxFiles)
                        {
                            return ([], $"{entry.FullName} is over the limits (at most {MaxFiles} files, 5 MB a file, 50 MB in all).");
                        }

                        await using var stream = entry.Open();
                        using var reader = new StreamReader(stream, Encoding.UTF8);
                        files.Add(new DiscourseTopicFile(entry.FullName, await reader.ReadToEndAsync(cancellationToken)));
                    }
                }
                catch (InvalidDataException)
                {
                    return ([], $"{upload.FileName} is not a zip archive.");
                }

                continue;
            }

            if (upload.Length > MaxFileBytes || (total += upload.Length) > MaxTotalBytes || files.Count >= MaxFiles)
            {
                return ([], $"{upload.FileName} is over the limits (at most {MaxFiles} files, 5 MB a file, 50 MB in all).");
            }

            using var text = new StreamReader(upload.OpenReadStream(), Encoding.UTF8);
            files.Add(new DiscourseTopicFile(upload.FileName, await text.ReadToEndAsync(cancellationToken)));
        }

        return files.Count == 0 ? ([], "No .json topic files were found in the upload.") : (files, null);
    }
}
