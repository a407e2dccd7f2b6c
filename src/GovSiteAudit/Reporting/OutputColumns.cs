namespace GovSiteAudit.Reporting;

/// <summary>The fixed columns of the CSV outputs, and how input metadata columns are kept apart from them.</summary>
public static class OutputColumns
{
    public static readonly IReadOnlyList<string> ScoresLeading = ["url", "final_url", "status", "error"];
    public static readonly IReadOnlyList<string> ScoresTrailing = ["total", "pages", "seconds", .. AccessibilitySummary.Columns];
    public static readonly IReadOnlyList<string> Indicators = ["url", "dimension", "indicator", "found", "points", "evidence_url", "evidence"];

    /// <summary>
    /// An input column named like one of ours (say, a CSV with its own <c>status</c>) is renamed
    /// <c>input_status</c> so neither is lost.
    /// </summary>
    public static string MetadataHeader(string column, IReadOnlyCollection<string> dimensionIds) =>
        ScoresLeading.Contains(column, StringComparer.OrdinalIgnoreCase)
        || ScoresTrailing.Contains(column, StringComparer.OrdinalIgnoreCase)
        || dimensionIds.Contains(column, StringComparer.OrdinalIgnoreCase)
            ? "input_" + column
            : column;
}
