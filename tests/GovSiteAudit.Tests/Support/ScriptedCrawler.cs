using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Tests.Support;

/// <summary>Answers each call with the next scripted status for that URL (the last one repeats) and counts the calls.</summary>
internal sealed class ScriptedCrawler(Dictionary<string, SiteStatus[]> script) : ISiteCrawler
{
    public List<string> Calls { get; } = [];

    public Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct)
    {
        var statuses = script[targetUrl];
        var status = statuses[Math.Min(Calls.Count(c => c == targetUrl), statuses.Length - 1)];
        Calls.Add(targetUrl);
        var pages = status == SiteStatus.Ok
            ? new[] { new PageSnapshot(targetUrl, 200, "text/html", "t", "<html></html>", new Dictionary<string, string>(), 0, [], []) }
            : [];
        var result = new CrawlResult(new SiteSnapshot(targetUrl, status == SiteStatus.Ok ? targetUrl : null, pages, SiteFacts.Empty), status,
            status == SiteStatus.Ok ? null : $"{status} happened");
        return Task.FromResult(result);
    }
}
