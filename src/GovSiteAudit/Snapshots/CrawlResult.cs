namespace GovSiteAudit.Snapshots;

/// <summary>
/// The outcome of crawling one site. The snapshot is always present (possibly with no pages) so that
/// partial findings survive a failure part-way through.
/// </summary>
public sealed record CrawlResult(SiteSnapshot Snapshot, SiteStatus Status, string? Error);
