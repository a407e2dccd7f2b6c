using GovSiteAudit.Crawl;

namespace GovSiteAudit.Tests.Support;

/// <summary>
/// The one place browser tests get Chromium: located once per test run the way the tool finds it (never installed),
/// then launched by each class with the crawl options it tests.
/// </summary>
public static class TestBrowser
{
    private static readonly Lazy<Task<BrowserInfo>> Located = new(() =>
        BrowserProvisioner.EnsureAsync(null, allowInstall: false, TextWriter.Null, CancellationToken.None));

    public static Task<BrowserInfo> LocateAsync() => Located.Value;

    /// <summary>A crawler over the located browser with <paramref name="options"/>; the class disposes it.</summary>
    public static async Task<SiteCrawler> LaunchAsync(CrawlOptions options) =>
        await SiteCrawler.LaunchAsync(await LocateAsync(), options, CancellationToken.None);
}
