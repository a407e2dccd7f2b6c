using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The crawler in the real headless Chromium against fixture sites on 127.0.0.1. One browser serves the whole
/// class; each test starts the small servers it needs.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class SiteCrawlerTests
{
    private static readonly string Sites = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites");

    private static readonly CrawlOptions Local = new()
    {
        AllowPrivateNetwork = true,
        PageTimeout = TimeSpan.FromSeconds(15),
        MaxDepth = 2,
        MaxPages = 20,
    };

    private SiteCrawler _crawler = null!;
    private readonly List<FixtureServer> _servers = [];

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, Local, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task CloseBrowser() => await _crawler.DisposeAsync();

    [TearDown]
    public async Task StopServers()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        _servers.Clear();
    }

    private async Task<FixtureServer> Serve(string site)
    {
        var server = await FixtureServer.StartAsync(Path.Combine(Sites, site));
        _servers.Add(server);
        return server;
    }

    private Task<CrawlResult> Crawl(FixtureServer server, CrawlOptions? options = null, string path = "") =>
        _crawler.CrawlAsync(server.Url(path), options ?? Local, CancellationToken.None);

    [Test]
    public void Browser_version_is_known()
    {
        Assert.That(_crawler.BrowserVersion, Does.Match(@"^\d+\.\d+"));
    }

    [Test]
    public async Task Menu_built_by_javascript_is_in_the_snapshot_and_followed()
    {
        var server = await Serve("js-nav");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var home = result.Snapshot.Home!;
        Assert.That(home.Html, Does.Contain("href=\"faq.html\"").And.Contain("常見問答 FAQ"));
        Assert.That(home.Title, Is.EqualTo("JS 導覽測試"));
        Assert.That(home.Depth, Is.Zero);
        Assert.That(home.Status, Is.EqualTo(200));
        Assert.That(home.ContentType, Is.EqualTo("text/html"));
        var faq = result.Snapshot.Pages.SingleOrDefault(p => p.Url == server.Url("faq.html"));
        Assert.That(faq, Is.Not.Null, "faq.html is reachable only through the script-built menu");
        Assert.That(faq!.Depth, Is.EqualTo(1));
        Assert.That(faq.Title, Is.EqualTo("常見問答"));
        Assert.That(result.Snapshot.Pages.Count(p => p.Url == server.Url("")), Is.EqualTo(1), "index.html linked back is not visited twice");
    }

    [Test]
    public async Task Menu_fetched_after_load_is_waited_for()
    {
        var server = await Serve("fetch-nav");
        var menu = await File.ReadAllTextAsync(Path.Combine(Sites, "fetch-nav", "menu.json"));
        server.MapRoute("/menu.json", async context =>
        {
            await Task.Delay(400, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(menu, context.RequestAborted);
        });

        var result = await Crawl(server);

        Assert.That(result.Snapshot.Home!.Html, Does.Contain("隱私權政策"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("privacy.html")));
    }

    [Test]
    public async Task Same_site_iframe_is_captured_as_a_frame_and_its_links_followed()
    {
        var server = await Serve("framed");

        var result = await Crawl(server);

        var home = result.Snapshot.Home!;
        Assert.That(home.Html, Does.Not.Contain("Frame-only text"));
        var frame = home.Frames.Single();
        Assert.That(frame.Url, Is.EqualTo(server.Url("inner.html")));
        Assert.That(frame.Html, Does.Contain("Frame-only text: 線上申辦服務"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("contact.html")));
    }

    [Test]
    public async Task Cookies_and_local_storage_are_recorded()
    {
        var server = await Serve("storage");

        var result = await Crawl(server);

        var facts = result.Snapshot.Facts;
        var lang = facts.Cookies.Single(c => c.Name == "lang");
        var visit = facts.Cookies.Single(c => c.Name == "visit");
        Assert.Multiple(() =>
        {
            Assert.That(lang.Persistent, Is.True);
            Assert.That(lang.Expires, Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(360).ToUnixTimeSeconds()));
            Assert.That(lang.FirstParty, Is.True);
            Assert.That(lang.Domain, Is.EqualTo("127.0.0.1"));
            Assert.That(visit.Persistent, Is.False);
            Assert.That(visit.Expires, Is.EqualTo(-1));
            Assert.That(visit.FirstParty, Is.True);
        });
        var entry = facts.LocalStorage.Single();
        Assert.That(entry.Key, Is.EqualTo("theme"));
        Assert.That(entry.ValueLength, Is.EqualTo("dark-high-contrast".Length));
        Assert.That(entry.Origin, Is.EqualTo(server.BaseUrl.GetLeftPart(UriPartial.Authority)));
    }

    [Test]
    public async Task Headers_and_redirect_chain_are_recorded()
    {
        var server = await Serve("redirect");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.FinalUrl, Is.EqualTo(server.Url("home.html")));
        Assert.That(result.Snapshot.Facts.RedirectChain, Is.EqualTo(new[]
        {
            new GovSiteAudit.Snapshots.RedirectHop(server.Url(""), 302),
            new GovSiteAudit.Snapshots.RedirectHop(server.Url("home.html"), 200),
        }));
        var headers = result.Snapshot.Home!.Headers;
        Assert.That(headers["x-fixture"], Is.EqualTo("redirect-site"));
        Assert.That(headers["Strict-Transport-Security"], Is.EqualTo("max-age=600"), "header names compare case-insensitively");
        var probe = result.Snapshot.Facts.HttpProbe;
        Assert.That(probe, Is.EqualTo(new GovSiteAudit.Snapshots.HttpProbe(server.Url(""), server.Url("home.html"), false, null)));
        Assert.That(result.Snapshot.Facts.Tls, Is.Null);
    }

    [Test]
    public async Task Depth_limit_is_respected_and_links_are_normalised()
    {
        var server = await Serve("deep");

        var result = await Crawl(server, Local with { MaxDepth = 2, MaxPages = 100 });

        var urls = result.Snapshot.Pages.Select(p => p.Url).ToList();
        Assert.That(urls, Is.Unique);
        Assert.That(urls, Does.Contain(server.Url("level2/a.html")));
        Assert.That(urls, Does.Not.Contain(server.Url("level2/level3/b.html")));
        Assert.That(result.Snapshot.Pages.Max(p => p.Depth), Is.EqualTo(2));
        Assert.That(result.Snapshot.Pages.Single(p => p.Url.EndsWith("/a.html", StringComparison.Ordinal)).Depth, Is.EqualTo(2));
        // Home + 25 news + privacy at depth 1, a.html at depth 2; no fragment duplicate, PDF, mailto or other host.
        Assert.That(urls, Has.Count.EqualTo(28));
        Assert.That(urls, Has.None.Contains("#").And.None.Contains(".pdf").And.None.Contains("mailto"));
        Assert.That(server.Requests, Has.None.Contains("annual-report.pdf"));
    }

    [Test]
    public async Task Max_pages_is_respected_and_priority_links_come_first()
    {
        var server = await Serve("deep");

        var prioritised = await Crawl(server, Local with { MaxPages = 3, PriorityKeywords = ["ＰＲＩＶＡＣＹ"] });
        var plain = await Crawl(server, Local with { MaxPages = 3 });

        Assert.That(prioritised.Snapshot.Pages, Has.Count.EqualTo(3));
        Assert.That(prioritised.Snapshot.Pages[1].Url, Is.EqualTo(server.Url("privacy.html")), "the last link of 25+ is visited first (full-width keyword, NFKC)");
        Assert.That(prioritised.Snapshot.Pages[2].Url, Is.EqualTo(server.Url("news1.html")), "then document order");
        Assert.That(plain.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { server.Url(""), server.Url("news1.html"), server.Url("news2.html") }));
    }

    [Test]
    public async Task Images_are_never_downloaded_but_are_listed_as_requested()
    {
        var server = await Serve("deep");

        var result = await Crawl(server, Local with { MaxPages = 1 });

        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(1));
        Assert.That(result.Snapshot.Home!.Requests, Does.Contain(server.Url("logo.png")));
        Assert.That(server.Requests, Does.Not.Contain("/logo.png"));
        Assert.That(server.Requests, Does.Contain("/"));
    }

    [Test]
    public async Task Closed_port_is_connection_refused()
    {
        var url = FixtureServer.ClosedPortUrl();

        var result = await _crawler.CrawlAsync(url.AbsoluteUri, Local, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.ConnectionRefused), result.Error);
        Assert.That(result.Error, Does.Contain("refused the connection"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
        Assert.That(result.Snapshot.TargetUrl, Is.EqualTo(url.AbsoluteUri));
    }

    [Test]
    public async Task Page_that_never_answers_is_a_timeout()
    {
        var server = await Serve("js-nav");
        server.MapRoute("/slow", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        var started = DateTime.UtcNow;

        var result = await Crawl(server, Local with { PageTimeout = TimeSpan.FromSeconds(2) }, "slow");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Timeout), result.Error);
        Assert.That(result.Error, Does.Contain("did not load within 2 s"));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task Home_page_whose_link_text_never_reads_keeps_its_markup()
    {
        // Found trying the session's newest path as an attacker: reading a page's links together with its markup let a
        // page whose innerText getter never returns take the markup down with its links (the site timed out, 0 pages).
        // The links are read apart, within their own budget, so the page itself is kept.
        var server = await Serve("js-nav");
        server.MapRoute("/endless-text", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("""
                <html><head><title>Hostile</title>
                <script>Object.defineProperty(HTMLElement.prototype, 'innerText', { get() { while (true) { } } });</script></head>
                <body><a href="faq.html">常見問答</a></body></html>
                """, context.RequestAborted);
        });

        var result = await Crawl(server, Local with { MaxDepth = 0, MaxPages = 1, SiteTimeout = TimeSpan.FromSeconds(40) }, "endless-text");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("常見問答"));
    }

    /// <summary>
    /// Found on a real page (a 2018 capture of nt.gov.au): a logo whose error handler sets a fallback image that fails
    /// too loops for ever (and every image fails in a crawl that blocks images). The page made over 4,000 requests a
    /// second until the browser driver discarded the page's own response and the site ended as a network error after 65 s.
    /// Here the fallback has no image extension, so it is not blocked but reaches the server, which counts it.
    /// </summary>
    [Test]
    public async Task An_image_whose_error_handler_loops_is_stopped_in_the_page()
    {
        var server = await Serve("js-nav");
        var fallbacks = 0;
        server.MapRoute("/fallback", context =>
        {
            Interlocked.Increment(ref fallbacks);
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        const string looping = "<img alt=\"logo\" src=\"/logo.svg\" onerror=\"this.src='/fallback?v=1'\">";
        server.MapRoute("/looping", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<html><head><title>Looping</title></head><body>{looping}<a href=\"/looping-inner\">常見問答</a></body></html>", context.RequestAborted);
        });
        server.MapRoute("/looping-inner", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<html><head><title>Inner</title></head><body>{looping}<p>問答</p></body></html>", context.RequestAborted);
        });

        var result = await Crawl(server, Local with { MaxDepth = 1, MaxPages = 2, SiteTimeout = TimeSpan.FromSeconds(60) }, "looping");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages.Select(p => new Uri(p.Url).AbsolutePath), Is.EqualTo(new[] { "/looping", "/looping-inner" }));
        // Each page: the blocked logo fails, its handler asks for the fallback, which fails, and the handler runs once more.
        Assert.That(Volatile.Read(ref fallbacks), Is.InRange(1, 2 * PageSafety.ImageErrorsHandled));
    }

    [Test]
    public async Task Home_page_whose_load_event_never_comes_is_read_as_it_is()
    {
        var server = await Serve("js-nav");
        server.MapRoute("/hang.js", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        server.MapRoute("/tracker", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<title>Tracked</title><a href=\"faq.html\">FAQ</a><script async src=\"hang.js\"></script>");
        });

        var result = await Crawl(server, Local with { PageTimeout = TimeSpan.FromSeconds(2), MaxPages = 2 }, "tracker");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("Tracked"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("faq.html")));
    }

    [Test]
    public async Task Site_watchdog_abandons_a_site_that_runs_over_its_budget()
    {
        var server = await Serve("js-nav");
        server.MapRoute("/slow", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));

        var result = await Crawl(server, Local with { PageTimeout = TimeSpan.FromSeconds(30), SiteTimeout = TimeSpan.FromSeconds(2) }, "slow");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Timeout), result.Error);
        Assert.That(result.Error, Does.Contain("did not finish loading within 2 s"));
    }

    [Test]
    public async Task Http_500_home_page_is_server_error_with_the_page_kept()
    {
        var server = await Serve("error500");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.ServerError));
        Assert.That(result.Error, Does.Contain("HTTP 500"));
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(1), "no crawl beyond an error page");
        Assert.That(result.Snapshot.Home!.Status, Is.EqualTo(500));
        Assert.That(result.Snapshot.Home.Html, Does.Contain("系統維護中"));
    }

    [Test]
    public async Task Pdf_home_page_is_not_html()
    {
        var server = await Serve("pdf-home");

        var result = await Crawl(server, path: "report.pdf");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.NotHtml), result.Error);
        Assert.That(result.Error, Does.Contain("not an HTML page"));
    }

    [Test]
    public async Task Private_target_is_blocked_before_any_browser_work()
    {
        var server = await Serve("js-nav");

        var result = await Crawl(server, Local with { AllowPrivateNetwork = false });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(result.Error, Is.EqualTo("127.0.0.1 is a loopback address"));
        Assert.That(server.Requests, Is.Empty);
        Assert.That(result.Snapshot.Pages, Is.Empty);
    }

    [Test]
    public async Task Non_web_target_is_blocked()
    {
        var result = await _crawler.CrawlAsync("file:///etc/passwd", Local, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(result.Error, Does.Contain("only http and https"));
    }

    [Test]
    public async Task Self_signed_https_site_is_read_and_its_certificate_reported_untrusted()
    {
        var server = await FixtureServer.StartHttpsAsync(Path.Combine(Sites, "js-nav"));
        _servers.Add(server);

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(server.BaseUrl.Scheme, Is.EqualTo("https"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("faq.html")));
        var tls = result.Snapshot.Facts.Tls!;
        Assert.That(tls, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(tls.Valid, Is.False);
            Assert.That(tls.Error, Does.Contain("not trusted"));
            Assert.That(tls.Protocol, Does.StartWith("TLS"));
            Assert.That(tls.SubjectName, Does.Contain("GovSiteAudit test fixture"));
            Assert.That(tls.ValidTo?.UtcDateTime, Is.EqualTo(server.Certificate!.NotAfter.ToUniversalTime()).Within(TimeSpan.FromSeconds(1)));
        });
        Assert.That(result.Snapshot.Facts.HttpProbe, Is.Null, "no http port to probe on a custom https port");
    }

    [Test]
    public async Task Http_to_https_redirect_is_in_the_chain_and_the_probe()
    {
        var https = await FixtureServer.StartHttpsAsync(Path.Combine(Sites, "storage"));
        _servers.Add(https);
        var http = await FixtureServer.StartRedirectingAsync(https.BaseUrl);
        _servers.Add(http);

        var result = await Crawl(http);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.FinalUrl, Is.EqualTo(https.BaseUrl.AbsoluteUri));
        Assert.That(result.Snapshot.Facts.RedirectChain, Is.EqualTo(new[]
        {
            new GovSiteAudit.Snapshots.RedirectHop(http.BaseUrl.AbsoluteUri, 301),
            new GovSiteAudit.Snapshots.RedirectHop(https.BaseUrl.AbsoluteUri, 200),
        }));
        Assert.That(result.Snapshot.Facts.HttpProbe!.RedirectsToHttps, Is.True);
        Assert.That(result.Snapshot.Facts.Tls!.Valid, Is.False);
    }

    [Test]
    public async Task Dialogs_are_dismissed_and_popups_closed()
    {
        var server = await Serve("popups");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("<body>").And.Not.Contain("data-confirmed=\"yes\""), "confirm() was dismissed, not accepted");
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { server.Url(""), server.Url("faq.html") }));
    }

    [Test]
    public async Task Inner_pages_that_fail_are_skipped_without_failing_the_site()
    {
        var server = await Serve("js-nav");
        server.MapRoute("/faq.html", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { server.Url(""), server.Url("about.html") }));
    }

    [Test]
    public async Task Sites_can_be_crawled_concurrently()
    {
        var a = await Serve("js-nav");
        var b = await Serve("framed");

        var results = await Task.WhenAll(Crawl(a), Crawl(b), Crawl(a));

        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(SiteStatus.Ok));
        Assert.That(results[0].Snapshot.Pages.Select(p => p.Url), Is.EquivalentTo(results[2].Snapshot.Pages.Select(p => p.Url)));
        Assert.That(results[1].Snapshot.Home!.Frames, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancellation_stops_the_crawl()
    {
        var server = await Serve("js-nav");
        server.MapRoute("/slow", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        Assert.That(async () => await _crawler.CrawlAsync(server.Url("slow"), Local, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task User_agent_is_sent()
    {
        var server = await Serve("js-nav");
        string? seen = null;
        server.MapRoute("/ua", context =>
        {
            seen = context.Request.Headers.UserAgent;
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<title>ua</title>");
        });

        await Crawl(server, Local with { UserAgent = "GovSiteAudit-test/1.0" }, "ua");

        Assert.That(seen, Is.EqualTo("GovSiteAudit-test/1.0"));
    }
}
