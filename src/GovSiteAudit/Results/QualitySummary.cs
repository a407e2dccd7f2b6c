using System.Globalization;
using GovSiteAudit.Detection;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Results;

/// <summary>
/// One site's quality measurements (issue 13) as the outputs show them: the values metric rules score, the newest date
/// found and where, and what the crawl measured (timings, phone fit, broken links, the search probe). In sites/*.json and
/// results.json (<c>quality</c>) and, as columns, in scores.csv.
/// </summary>
public sealed record QualitySummary(
    double? TtfbMs,
    double? DomContentLoadedMs,
    double? LoadMs,
    double? LcpMs,
    long? PageBytes,
    int? Requests,
    bool? MobileOverflow,
    double? MobileTextPx,
    int? DaysSinceUpdate,
    FreshDate? Freshness,
    int? LinksChecked,
    int? BrokenLinks,
    double? BrokenLinkRatio,
    bool? SearchWorks,
    SiteMeasurements? Measurements)
{
    /// <summary>The scores.csv columns, in order, after the a11y_* columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "ttfb_ms", "load_ms", "lcp_ms", "page_bytes", "requests", "mobile_overflow", "days_since_update", "links_checked",
        "broken_links", "search_works",
    ];

    /// <summary>Null when nothing was measured and no date was found (the cells are then empty).</summary>
    public static QualitySummary? Of(SiteMetrics metrics, SiteSnapshot snapshot)
    {
        if (metrics.Values.Count == 0 && snapshot.Measurements is null)
        {
            return null;
        }

        return new QualitySummary(
            metrics["ttfb_ms"], metrics["dom_content_loaded_ms"], metrics["load_ms"], metrics["lcp_ms"],
            (long?)metrics["page_bytes"], (int?)metrics["requests"],
            Flag(metrics["mobile_overflow"]), metrics["mobile_text_px"],
            (int?)metrics["days_since_update"], metrics.Freshness,
            (int?)metrics["links_checked"], (int?)metrics["broken_links"],
            metrics["broken_link_ratio"] is { } ratio ? Math.Round(ratio, 4) : null,
            Flag(metrics["search_works"]),
            snapshot.Measurements);
    }

    /// <summary>The cells of <see cref="Columns"/>: numbers invariant, true/false, empty when not measured.</summary>
    public static IReadOnlyList<string> Cells(QualitySummary? q) =>
    [
        N(q?.TtfbMs), N(q?.LoadMs), N(q?.LcpMs), N(q?.PageBytes), N(q?.Requests), B(q?.MobileOverflow), N(q?.DaysSinceUpdate),
        N(q?.LinksChecked), N(q?.BrokenLinks), B(q?.SearchWorks),
    ];

    private static bool? Flag(double? value) => value is { } v ? v != 0 : null;

    private static string N(double? value) => value is { } v ? Math.Round(v).ToString("0", CultureInfo.InvariantCulture) : "";

    private static string B(bool? value) => value is { } v ? (v ? "true" : "false") : "";
}
