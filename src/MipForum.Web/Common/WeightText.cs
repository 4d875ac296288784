using System.Globalization;

namespace MipForum.Web.Common;

/// <summary>How pages write a weight (MKR-like decimals): thousands separated, up to six decimals, no trailing zeros.</summary>
public static class WeightText
{
    public static string Of(decimal weight) => weight.ToString("#,##0.######", CultureInfo.InvariantCulture);
}
