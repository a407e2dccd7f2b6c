using System.IO.Compression;
using System.Text;
using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// Single-page apps and hidden links in the real headless Chromium (fixture sites <c>spa-*</c> and
/// <c>sitemap-seed</c>): hash and History API routes, script-built, click and hover menus, select quick links,
/// sitemaps — each with its near-misses.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class AppCrawlTests
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
        var browser = await BrowserProvisioner.EnsureAsync(null, allowInstall: false, TextWriter.Null, CancellationToken.None);
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

    private Task<CrawlResult> Crawl(FixtureServer server, CrawlOptions? options = null) =>
        _crawler.CrawlAsync(server.Url(""), options ?? Local, CancellationToken.None);

    private static string? HtmlOf(CrawlResult result, string url) => result.Snapshot.Pages.SingleOrDefault(p => p.Url == url)?.Html;

    [Test]
    public async Task Hash_routes_are_pages_read_after_the_app_draws_them_and_plain_anchors_are_not()
    {
        var server = await Serve("spa-hash");
        var fares = await File.ReadAllTextAsync(Path.Combine(Sites, "spa-hash", "fares.json"));
        server.MapRoute("/fares.json", async context =>
        {
            await Task.Delay(400, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(fares, context.RequestAborted);
        });

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(HtmlOf(result, server.Url("#/fares")), Does.Contain("Fares route text, fetched when the route is shown"), "drawn from data fetched after the route loads");
        Assert.That(HtmlOf(result, server.Url("#!/timetables")), Does.Contain("Hashbang route text"));
        Assert.That(HtmlOf(result, server.Url("#/fares/concessions")), Does.Contain("Concession fares route text"), "a route linked only from a route (depth 2)");
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EquivalentTo(new[]
        {
            server.Url(""), server.Url("#/fares"), server.Url("#!/timetables"), server.Url("#/fares/concessions"),
        }), "#top, #section-2, index.html#contents and #/ are the home page itself");
        Assert.That(result.Snapshot.Pages.Single(p => p.Url == server.Url("#/fares")).Status, Is.EqualTo(200), "each route loaded afresh, with its document's response");
    }

    [Test]
    public async Task History_api_routes_behind_intercepted_links_and_pushed_by_menus_are_pages()
    {
        var server = await Serve("spa-history");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(HtmlOf(result, server.Url("about")), Does.Contain("About route text, drawn by the router"));
        Assert.That(HtmlOf(result, server.Url("hours")), Does.Contain("Hours route text, reached only through pushState"),
            "a route no <a> names, recorded when the menu button pushed it");
    }

    [Test]
    public async Task Menus_opened_by_click_hover_or_fetch_and_a_footer_drawn_by_a_timer_are_followed_without_navigating()
    {
        var server = await Serve("spa-menus");
        var menu = await File.ReadAllTextAsync(Path.Combine(Sites, "spa-menus", "menu.json"));
        server.MapRoute("/menu.json", async context =>
        {
            await Task.Delay(400, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(menu, context.RequestAborted);
        });

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var urls = result.Snapshot.Pages.Select(p => p.Url).ToList();
        Assert.That(urls, Does.Contain(server.Url("click.html")), "built on click (aria-expanded)");
        Assert.That(urls, Does.Contain(server.Url("hover.html")), "built on hover (aria-haspopup)");
        Assert.That(urls, Does.Contain(server.Url("link-menu.html")), "a link that is also a menu");
        Assert.That(urls, Does.Contain(server.Url("form-menu.html")), "a menu button inside a form");
        Assert.That(urls, Does.Contain(server.Url("fetched.html")), "entries fetched when the menu opens");
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("Timer link"), "a footer written 300 ms after load is in the home page read");
        Assert.That(urls, Does.Contain(server.Url("timer.html")));
        Assert.That(server.Requests, Does.Not.Contain("/trap.pdf"), "opening a menu never follows its link");
        Assert.That(server.Requests.Where(r => r.StartsWith("/submitted", StringComparison.Ordinal)), Is.Empty, "nor submits its form");
        Assert.That(result.Snapshot.Pages.Count(p => p.Url == server.Url("")), Is.EqualTo(1), "the home page was not left and read twice");
    }

    [Test]
    public async Task Links_a_menu_draws_when_opened_are_kept_as_the_pages_content_beside_the_html_as_it_loaded()
    {
        var server = await Serve("spa-menus");

        var result = await Crawl(server);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var home = result.Snapshot.Home!;
        Assert.That(home.Html, Does.Not.Contain("Click menu entry"), "the page's HTML is the page as it loaded");
        var opened = home.Frames.Where(f => f.Url.EndsWith("#opened-menus", StringComparison.Ordinal)).ToList();
        Assert.That(opened, Has.Count.EqualTo(1));
        Assert.That(opened[0].Html, Does.Contain("Click menu entry").And.Contain(server.Url("click.html")), "the entry the click menu drew");
        Assert.That(opened[0].Html, Does.Not.Contain("Timer link"), "a link already in the page's read is not repeated");
        var click = result.Snapshot.Pages.Single(p => p.Url == server.Url("click.html"));
        Assert.That(click.Frames, Is.Empty, "a page without menus gets no such frame");

        var rubric = GovSiteAudit.Rubrics.RubricLoader.Parse(GovSiteAudit.Tests.Rubrics.RubricText.WithRule("{link_text: {keywords: [Click menu entry]}}"), "t.yaml");
        var finding = GovSiteAudit.Detection.Detector.Detect(rubric, result.Snapshot).Single();
        Assert.That(finding.Found, Is.True, "detection reads the opened menu's links");
        Assert.That(finding.Evidence!.PageUrl, Does.EndWith("#opened-menus"), "and says where they were seen");
    }

    [Test]
    public async Task Content_a_load_time_timer_fetches_is_waited_for_on_the_home_page_and_on_inner_pages()
    {
        // A timer set while the page loads starts a fetch 50 ms later, and what it fetched is drawn 300 ms after that:
        // the page's requests were all done when it was first looked at, so only a second look at its traffic (a request
        // started during the drawing wait) finds it.
        var server = await Serve("sitemap-seed");
        static string Page(string title) => $$"""
            <!DOCTYPE html><html><head><title>{{title}}</title></head><body><div id="news"></div><a href="/inner.html">Inner</a>
            <script>setTimeout(() => fetch('/late.json').then(r => r.json()).then(items => {
              document.getElementById('news').innerHTML = items.map(i => '<a href="' + i + '">' + i + '</a>').join(' ');
            }), 50);</script></body></html>
            """;
        server.MapRoute("/", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(Page("Home"), context.RequestAborted);
        });
        server.MapRoute("/inner.html", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(Page("Inner"), context.RequestAborted);
        });
        server.MapRoute("/late.json", async context =>
        {
            await Task.Delay(300, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[\"/fetched-late.html\"]", context.RequestAborted);
        });

        var result = await _crawler.CrawlAsync(server.Url(""), Local with { MaxDepth = 1, MaxPages = 10 }, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("/fetched-late.html"), "the home page was read once the fetched links were drawn");
        Assert.That(HtmlOf(result, server.Url("inner.html")), Does.Contain("/fetched-late.html"), "so was the inner page");
    }

    [Test]
    public async Task Select_quick_links_with_address_values_are_followed_and_other_selects_are_not()
    {
        var server = await Serve("spa-menus");

        var result = await Crawl(server);

        var urls = result.Snapshot.Pages.Select(p => p.Url).ToList();
        Assert.That(urls, Does.Contain(server.Url("quick/parking.html")), "value /quick/parking.html");
        Assert.That(urls, Does.Contain(server.Url("quick/permits.html")), "relative value under onchange → location");
        foreach (var notALink in new[] { "/en", "/zh-TW", "/1", "/2", "/water" })
        {
            Assert.That(server.Requests, Does.Not.Contain(notALink), $"{notALink}: a select of non-URL values is not links");
        }

        Assert.That(urls.Where(u => u.Contains("elsewhere", StringComparison.Ordinal)), Is.Empty, "an off-site option stays off the crawl");
    }

    [Test]
    public async Task Opening_menus_is_bounded_in_count_and_time()
    {
        var server = await Serve("sitemap-seed");
        // 300 menu buttons, each busy for 200 ms when opened: unbounded, a minute of clicking.
        var buttons = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"<button aria-expanded=\"false\" onclick=\"const t = Date.now(); while (Date.now() - t < 200) {{}} this.insertAdjacentHTML('afterend', '<a href=/m{i}.html>m{i}</a>')\">Menu {i}</button>"));
        server.MapRoute("/", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync($"<!DOCTYPE html><html><head><title>Many menus</title></head><body>{buttons}</body></html>", context.RequestAborted);
        });

        var result = await Crawl(server, Local with { MaxPages = 1, SiteTimeout = TimeSpan.FromSeconds(25) });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Sitemap_from_robots_txt_index_and_gzip_seeds_pages_no_link_reaches()
    {
        var server = await Serve("sitemap-seed");
        server.MapRoute("/robots.txt", context => context.Response.WriteAsync(
            $"User-agent: *\nDisallow: /private/\n\nSitemap: {server.Url("maps/index.xml")}\n", context.RequestAborted));
        server.MapRoute("/maps/index.xml", context => context.Response.WriteAsync($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{server.Url("maps/pages.xml.gz")}</loc></sitemap>
              <sitemap><loc>http://10.1.2.3/sitemap.xml</loc></sitemap>
            </sitemapindex>
            """, context.RequestAborted));
        var pages = Gzip($"""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>{server.Url("orphan.html")}</loc></url>
              <url><loc>{server.Url("about.html")}</loc></url>
              <url><loc>http://192.168.1.1/admin</loc></url>
              <url><loc>https://elsewhere.example/page.html</loc></url>
            </urlset>
            """);
        server.MapRoute("/maps/pages.xml.gz", context =>
        {
            context.Response.ContentType = "application/gzip";
            return context.Response.Body.WriteAsync(pages, context.RequestAborted).AsTask();
        });

        var result = await Crawl(server);

        var urls = result.Snapshot.Pages.Select(p => p.Url).ToList();
        Assert.That(urls, Does.Contain(server.Url("orphan.html")), "listed only in the gzipped sitemap named by the index named by robots.txt");
        Assert.That(urls.Count(u => u == server.Url("about.html")), Is.EqualTo(1), "a page both linked and listed is visited once");
        Assert.That(urls.Where(u => !u.StartsWith(server.Url(""), StringComparison.Ordinal)), Is.Empty, "off-site and private addresses are not seeds");
        Assert.That(server.Requests, Does.Not.Contain("/sitemap.xml"), "robots.txt named the sitemap");
        Assert.That(result.Error ?? "", Does.Not.Contain("blocked"), "nothing off-site was even tried");
    }

    [Test]
    public async Task Default_sitemap_xml_is_read_when_robots_txt_names_none()
    {
        var server = await Serve("sitemap-seed");
        server.MapRoute("/sitemap.xml", context => context.Response.WriteAsync(
            $"<urlset><url><loc>{server.Url("orphan-two.html")}</loc></url></urlset>", context.RequestAborted));

        var result = await Crawl(server);
        var ignoring = await Crawl(server, Local with { IgnoreRobots = true });
        var homeOnly = await Crawl(server, Local with { MaxDepth = 0 });

        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("orphan-two.html")));
        Assert.That(ignoring.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("orphan-two.html")), "--ignore-robots still reads /sitemap.xml");
        Assert.That(homeOnly.Snapshot.Pages, Has.Count.EqualTo(1));
        Assert.That(server.Requests.Count(r => r == "/sitemap.xml"), Is.EqualTo(2), "not fetched for a home-page-only crawl");
    }

    [Test]
    public async Task Hostile_sitemaps_huge_or_gzip_bombs_are_cut_off_and_the_site_still_crawled()
    {
        var server = await Serve("sitemap-seed");
        server.MapRoute("/robots.txt", context => context.Response.WriteAsync(
            $"Sitemap: {server.Url("huge.xml")}\nSitemap: {server.Url("bomb.xml.gz")}\nSitemap: http://127.0.0.2:{server.BaseUrl.Port}/sitemap.xml\n", context.RequestAborted));
        server.MapRoute("/huge.xml", async context =>
        {
            // A sitemap that never ends: its first entry counts, the rest is never read.
            await context.Response.WriteAsync($"<urlset><url><loc>{server.Url("orphan.html")}</loc></url>", context.RequestAborted);
            var filler = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<url><loc>/x</loc></url>", 4000)));
            for (var i = 0; i < 2000 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(filler, context.RequestAborted);
            }
        });
        var bomb = GzipZeros(256L * 1024 * 1024);
        server.MapRoute("/bomb.xml.gz", context => context.Response.Body.WriteAsync(bomb, context.RequestAborted).AsTask());

        var result = await Crawl(server, Local with { SiteTimeout = TimeSpan.FromSeconds(60) });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("orphan.html")));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("about.html")));
        Assert.That(result.Snapshot.Pages, Has.Count.LessThanOrEqualTo(Local.MaxPages));
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    internal static byte[] GzipZeros(long length)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < length; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
