using System.Globalization;
using MipForum.Application.Common.Models;

namespace MipForum.Web.Common;

public static class PageNumber
{
    /// <summary>Pages read ?page= as text: a missing, malformed or out-of-range value shows page 1 rather than an error.</summary>
    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= PageRules.MaxPage
            ? page
            : 1;
}
