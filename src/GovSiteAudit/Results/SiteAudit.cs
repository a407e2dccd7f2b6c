using GovSiteAudit.Detection;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Results;

/// <summary>Everything the outputs need about one audited target.</summary>
public sealed record SiteAudit(
    AuditTarget Target,
    CrawlResult Crawl,
    IReadOnlyList<Finding> Findings,
    SiteScore? Score,
    TimeSpan Elapsed,
    DateTimeOffset AuditedAt)
{
    public SiteStatus Status => Crawl.Status;
    public bool Ok => Crawl.Status == SiteStatus.Ok;

    /// <summary>The site's measurements by name (speed, links, freshness, search, phone fit), as the metric rules saw them.</summary>
    public SiteMetrics Metrics { get; init; } = SiteMetrics.Empty;

    /// <summary>
    /// The <c>error</c> column: the crawl's error or note, then the indicators detection could not decide (a pattern
    /// that timed out, a site whose time ran out), so that a "not found" that is really "not known" shows in scores.csv.
    /// </summary>
    public string? Error
    {
        get
        {
            var undecided = Findings.Where(f => f.Note is not null).ToList();
            if (undecided.Count == 0)
            {
                return Crawl.Error;
            }

            var detection = $"{undecided.Count} indicator(s) not determined ({string.Join(", ", undecided.Select(f => f.IndicatorId))}): {undecided[0].Note}";
            return string.IsNullOrEmpty(Crawl.Error) ? detection : $"{Crawl.Error}; {detection}";
        }
    }
}
