using GovSiteAudit.Detection;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Results;

/// <summary>
/// What the end-of-run reports need about one site, kept for the whole run: findings, scores and the
/// list of pages — never the pages' HTML, so memory stays small on long target lists.
/// </summary>
public sealed record SiteSummary(
    string Url,
    string? FinalUrl,
    SiteStatus Status,
    string? Error,
    IReadOnlyDictionary<string, string> Metadata,
    SiteScore? Score,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<PageVisit> Pages,
    double Seconds,
    DateTimeOffset AuditedAt)
{
    public bool Ok => Status == SiteStatus.Ok;

    /// <summary>axe-core's per-page results, examples cut short; null when accessibility was not measured.</summary>
    public SiteAccessibility? Accessibility { get; init; }

    /// <summary>Speed, phone fit, freshness, links checked and the search probe; null when nothing was measured.</summary>
    public QualitySummary? Quality { get; init; }

    public double? DimensionScore(string dimensionId) =>
        Score?.Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId)?.Score;

    public static SiteSummary From(SiteAudit site) => new(
        site.Target.Url,
        site.Crawl.Snapshot.FinalUrl,
        site.Status,
        site.Error,
        site.Target.Metadata,
        site.Score,
        site.Findings,
        site.Crawl.Snapshot.Pages.Select(p => new PageVisit(p.Url, p.Status, p.Depth, p.Title)).ToList(),
        Math.Round(site.Elapsed.TotalSeconds, 2),
        site.AuditedAt)
    {
        Accessibility = site.Crawl.Snapshot.Accessibility,
        Quality = QualitySummary.Of(site.Metrics, site.Crawl.Snapshot),
    };
}
