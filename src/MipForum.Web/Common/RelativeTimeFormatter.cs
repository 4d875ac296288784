using System.Globalization;

namespace MipForum.Web.Common;

/// <summary>Discourse-style short relative times ("5 min ago", "3 days ago", "12 Nov").</summary>
public static class RelativeTimeFormatter
{
    public static string Format(DateTimeOffset value, DateTimeOffset now)
    {
        var age = now - value;
        if (age < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }

        if (age < TimeSpan.FromHours(1))
        {
            return Plural((int)age.TotalMinutes, "min", "min") + " ago";
        }

        if (age < TimeSpan.FromDays(1))
        {
            return Plural((int)age.TotalHours, "hour", "hours") + " ago";
        }

        if (age < TimeSpan.FromDays(30))
        {
            return Plural((int)age.TotalDays, "day", "days") + " ago";
        }

        var utc = value.ToUniversalTime();
        return utc.Year == now.ToUniversalTime().Year
            ? utc.ToString("d MMM", CultureInfo.InvariantCulture)
            : utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>The exact time, shown on hover and for deadlines ("10 December 2026, 14:31 UTC").</summary>
    public static string Exact(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
