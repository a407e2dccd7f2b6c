using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>What the audit needs of a crawler: one site in, one snapshot out. Lets the runner be tested without a browser.</summary>
public interface ISiteCrawler
{
    Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct);
}
