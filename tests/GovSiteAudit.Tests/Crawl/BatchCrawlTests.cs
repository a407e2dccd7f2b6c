using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>What batch runs need of the crawler: a site budget that keeps partial results, robots.txt, one page at a time per host.</summary>
[NonParallelizable]
[Category("Browser")]
public sealed class BatchCrawlTests
{
    private static readonly string Sites = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites");

    private static readonly CrawlOptions Local = new()
    {
        AllowPrivateNetwork = true,
        PageTimeout = TimeSpan.FromSeconds(15),
    };

    private SiteCrawler _crawler = null!;
    private FixtureServer _server = null!;

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, Local, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task CloseBrowser() => await _crawler.DisposeAsync();

    [SetUp]
    public async Task StartSite() => _server = await FixtureServer.StartAsync(Path.Combine(Sites, "js-nav"));

    [TearDown]
    public async Task StopSite() => await _server.DisposeAsync();

    [Test]
    public async Task Site_budget_records_timeout_with_the_pages_read_so_far()
    {
        _server.MapRoute("/about.html", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        var started = DateTime.UtcNow;

        var result = await _crawler.CrawlAsync(_server.Url(""), Local with { PageTimeout = TimeSpan.FromSeconds(30), SiteTimeout = TimeSpan.FromSeconds(3) }, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Timeout), result.Error);
        Assert.That(result.Error, Does.Contain("budget of 3 s").And.Contain("2 page(s)"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { _server.Url(""), _server.Url("faq.html") }));
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("常見問答"));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task Pages_robots_txt_disallows_are_not_visited()
    {
        _server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nDisallow: /faq\n"));

        var result = await _crawler.CrawlAsync(_server.Url(""), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { _server.Url(""), _server.Url("about.html") }));
        Assert.That(_server.Requests, Does.Not.Contain("/faq.html"));
        Assert.That(_server.Requests.Count(r => r == "/robots.txt"), Is.EqualTo(1), "fetched once per site");
    }

    [Test]
    public async Task Ignore_robots_visits_them()
    {
        _server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nDisallow: /faq\n"));

        var result = await _crawler.CrawlAsync(_server.Url(""), Local with { IgnoreRobots = true }, CancellationToken.None);

        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_server.Url("faq.html")));
        Assert.That(_server.Requests, Does.Not.Contain("/robots.txt"));
    }

    [Test]
    public async Task Unreachable_robots_txt_limits_the_crawl_to_the_home_page()
    {
        _server.MapRoute("/robots.txt", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });

        var result = await _crawler.CrawlAsync(_server.Url(""), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { _server.Url("") }));
    }

    [Test]
    public async Task Two_targets_on_one_host_load_one_page_at_a_time()
    {
        var inFlight = 0;
        var most = 0;
        foreach (var path in new[] { "/faq.html", "/about.html" })
        {
            var file = Path.Combine(Sites, "js-nav", path.TrimStart('/'));
            _server.MapRoute(path, async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                await Task.Delay(300, context.RequestAborted);
                Interlocked.Decrement(ref inFlight);
                context.Response.ContentType = "text/html";
                await context.Response.SendFileAsync(file, context.RequestAborted);
            });
        }

        var results = await Task.WhenAll(
            _crawler.CrawlAsync(_server.Url(""), CancellationToken.None),
            _crawler.CrawlAsync(_server.Url("index.html?b"), CancellationToken.None));

        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(SiteStatus.Ok));
        Assert.That(results.Sum(r => r.Snapshot.Pages.Count), Is.GreaterThanOrEqualTo(5));
        Assert.That(most, Is.EqualTo(1), "never two pages of 127.0.0.1:port at once");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
