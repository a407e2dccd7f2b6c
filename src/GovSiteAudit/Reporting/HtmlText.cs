using System.Globalization;

namespace GovSiteAudit.Reporting;

/// <summary>How report.html writes numbers and shortens long text, in one place so every part of the report agrees.</summary>
internal static class HtmlText
{
    /// <summary>At most one decimal, invariant culture: SVG coordinates and scores.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The text cut to <paramref name="max"/> characters, the last one an ellipsis when cut.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
