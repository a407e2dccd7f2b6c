using GovSiteAudit.Auditing;
using GovSiteAudit.Detection;
using GovSiteAudit.Scoring;

namespace GovSiteAudit.Reporting;

/// <summary>
/// What the end-of-run reports need about one site, kept for the whole run: findings, scores and the
/// list of pages — never the pages' HTML, so memory stays small on long target lists.
/// </summary>
public sealed record SiteSummary(
    string Url,
    string? FinalUrl,
    string Status,
    string? Error,
    IReadOnlyDictionary<string, string> Metadata,
    SiteScore? Score,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<PageVisit> Pages,
    double Seconds,
    DateTimeOffset AuditedAt)
{
    public bool Ok => Status == Crawl.SiteStatus.Ok;

    public double? DimensionScore(string dimensionId) =>
        Score?.Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId)?.Score;

    public static SiteSummary From(SiteAudit site) => new(
        site.Target.Url,
        site.Crawl.Snapshot.FinalUrl,
        site.Status,
        site.Crawl.Error,
        site.Target.Metadata,
        site.Score,
        site.Findings,
        site.Crawl.Snapshot.Pages.Select(p => new PageVisit(p.Url, p.Status, p.Depth, p.Title)).ToList(),
        Math.Round(site.Elapsed.TotalSeconds, 2),
        site.AuditedAt);
}

/// <summary>A page the crawler read: where, with what HTTP status, how many clicks from home, its title.</summary>
public sealed record PageVisit(string Url, int Status, int Depth, string Title);

/// <summary>One finished run as the end-of-run reports see it.</summary>
public sealed record RunReport(
    Rubrics.Rubric Rubric,
    IReadOnlyList<string> MetadataColumns,
    IReadOnlyList<SiteSummary> Sites,
    DateTimeOffset GeneratedAt,
    double ElapsedSeconds);

/// <summary>Output formats; CSV is always written.</summary>
[Flags]
public enum ReportFormats
{
    Csv = 1,
    Json = 2,
    Html = 4,
}
