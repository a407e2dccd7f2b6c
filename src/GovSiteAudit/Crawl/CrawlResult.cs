using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The outcome of crawling one site. The snapshot is always present (possibly with no pages) so that
/// partial findings survive a failure part-way through.
/// </summary>
public sealed record CrawlResult(SiteSnapshot Snapshot, string Status, string? Error);

/// <summary>Values of the <c>status</c> column: <c>ok</c> or a short error kind.</summary>
public static class SiteStatus
{
    public const string Ok = "ok";
    public const string Dns = "dns";
    public const string ConnectionRefused = "connection_refused";
    public const string ConnectionReset = "connection_reset";
    public const string Timeout = "timeout";
    public const string Tls = "tls";
    public const string HttpError = "http_error";
    public const string NotHtml = "not_html";
    public const string TooManyRedirects = "too_many_redirects";
    public const string Blocked = "blocked";
    public const string BrowserError = "browser_error";
    public const string NetworkError = "network_error";
}
