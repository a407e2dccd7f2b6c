using GovSiteAudit.Targets;

namespace GovSiteAudit.Snapshots;

/// <summary>One saved site: the snapshot plus what the crawl reported and how long it took.</summary>
public sealed record SavedSite(
    int FormatVersion,
    AuditTarget Target,
    SiteSnapshot Snapshot,
    SiteStatus Status,
    string? Error,
    double ElapsedSeconds,
    DateTimeOffset AuditedAt)
{
    public CrawlResult Crawl => new(Snapshot, Status, Error);
}
