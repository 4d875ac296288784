using System.Globalization;

namespace MipForum.Domain.Polls;

/// <summary>How weights and shares read in results and explanations: exact decimals, never rounded before the comparison.</summary>
internal static class Amounts
{
    public static string Weight(decimal weight) => weight.ToString("#,##0.##########", CultureInfo.InvariantCulture);

    public static string Percent(decimal part, decimal whole) =>
        whole == 0m ? "0%" : (part / whole * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Share(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
