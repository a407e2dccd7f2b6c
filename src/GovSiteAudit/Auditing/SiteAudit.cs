using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Scoring;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>Everything the outputs need about one audited target.</summary>
public sealed record SiteAudit(
    AuditTarget Target,
    CrawlResult Crawl,
    IReadOnlyList<Finding> Findings,
    SiteScore? Score,
    TimeSpan Elapsed,
    DateTimeOffset AuditedAt)
{
    public string Status => Crawl.Status;
    public bool Ok => Crawl.Status == SiteStatus.Ok;
}
