using GovSiteAudit.Results;
namespace GovSiteAudit.Reporting;

/// <summary>The fixed columns of the CSV outputs, and how input metadata columns are kept apart from them.</summary>
public static class OutputColumns
{
    public static readonly IReadOnlyList<string> ScoresLeading = ["url", "final_url", "status", "error"];
    public static readonly IReadOnlyList<string> ScoresTrailing = ["total", "pages", "seconds", .. AccessibilitySummary.Columns, .. QualitySummary.Columns];
    public static readonly IReadOnlyList<string> Indicators = ["url", "dimension", "indicator", "found", "points", "evidence_url", "evidence"];

    /// <summary>
    /// The scores.csv header names of the input metadata columns, in order. An input column named like one of ours
    /// (say, a CSV with its own <c>status</c> or <c>total</c>) is renamed <c>input_status</c> — and again
    /// (<c>input_input_total</c>) while that name is ours, another input column's or already given — so no two columns
    /// share a name, compared case-insensitively as Excel and our readers do, and no value is lost.
    /// </summary>
    public static IReadOnlyList<string> MetadataHeaders(IReadOnlyList<string> columns, IReadOnlyCollection<string> dimensionIds)
    {
        var ours = new HashSet<string>([.. ScoresLeading, .. ScoresTrailing, .. dimensionIds], StringComparer.OrdinalIgnoreCase);
        var inputs = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var headers = new List<string>(columns.Count);
        foreach (var column in columns)
        {
            var name = column;
            while (ours.Contains(name) || given.Contains(name) || (!ReferenceEquals(name, column) && inputs.Contains(name)))
            {
                name = "input_" + name;
            }

            given.Add(name);
            headers.Add(name);
        }

        return headers;
    }
}
