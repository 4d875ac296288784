using System.Globalization;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>One line of a weight snapshot file: <c>userName,weight</c>.</summary>
public sealed record WeightLine(int LineNumber, string UserName, decimal Weight);

/// <summary>What is wrong with one line (0: with the file as a whole), worded for the uploader.</summary>
public sealed record WeightProblem(int LineNumber, string Message);

/// <summary>
/// Reads a weight snapshot file: one <c>userName,weight</c> per line, an optional header line <c>userName,weight</c>,
/// weights as decimals with a dot (<c>12345.678901</c>), blank lines ignored. Every problem is reported with its line;
/// the caller imports nothing unless the list of problems is empty.
/// </summary>
public static class WeightCsv
{
    public static (List<WeightLine> Lines, List<WeightProblem> Problems) Read(string text)
    {
        var lines = new List<WeightLine>();
        var problems = new List<WeightProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < rows.Length; index++)
        {
            var number = index + 1;
            var row = rows[index].Trim();
            if (row.Length == 0 || (index == 0 && row.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("userName,weight", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var cells = row.Split(',');
            if (cells.Length != 2)
            {
                problems.Add(new WeightProblem(number, $"Line {number}: expected “userName,weight”, found {cells.Length} value{(cells.Length == 1 ? "" : "s")}."));
                continue;
            }

            var name = cells[0].Trim().TrimStart('@');
            if (!decimal.TryParse(cells[1].Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight))
            {
                problems.Add(new WeightProblem(number, $"Line {number}: “{Clip(cells[1].Trim())}” is not a number (use a dot for decimals, no thousands separators)."));
                continue;
            }

            if (weight < 0m)
            {
                problems.Add(new WeightProblem(number, $"Line {number}: @{Clip(name)} has a negative weight."));
                continue;
            }

            if (weight > WeightSnapshot.MaxWeight)
            {
                problems.Add(new WeightProblem(number, $"Line {number}: @{Clip(name)}'s weight is above {WeightSnapshot.MaxWeight.ToString("#,##0", CultureInfo.InvariantCulture)}, the most one member may carry."));
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                problems.Add(new WeightProblem(number, $"Line {number}: @{Clip(name)} is already on line {first}."));
                continue;
            }

            seen[name] = number;
            lines.Add(new WeightLine(number, name, weight));
        }

        return (lines, problems);
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
