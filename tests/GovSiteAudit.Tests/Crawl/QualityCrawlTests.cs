using System.Diagnostics;
using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The quality measurements of issue 13 on fixture sites with known answers (Fixtures/sites/quality): a slow image on the
/// home page, 3 dead links out of 9, a link refusing HEAD, a search that works, errs or finds nothing, layouts that do
/// and do not fit a phone; and hostile sites: links that never answer, a search form that leads to a private address.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class QualityCrawlTests
{
    internal static readonly string Site = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "quality");

    private const int ImageDelayMs = 1500;

    private static readonly CrawlOptions HomeOnly = new()
    {
        AllowPrivateNetwork = true,
        PageTimeout = TimeSpan.FromSeconds(15),
        MaxDepth = 0,
        MaxPages = 1,
        IgnoreRobots = true,
        Quality = new QualityOptions(),
    };

    // A 1×1 transparent PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private SiteCrawler _crawler = null!;
    private FixtureServer _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await BrowserProvisioner.EnsureAsync(null, allowInstall: false, TextWriter.Null, CancellationToken.None);
        _crawler = await SiteCrawler.LaunchAsync(browser, HomeOnly, CancellationToken.None);
        _server = await FixtureServer.StartAsync(Site);
        _server.MapRoute("/photo.png", async context =>
        {
            await Task.Delay(ImageDelayMs, context.RequestAborted);
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(Png, context.RequestAborted);
        });
        _server.MapRoute("/no-head.html", async context =>
        {
            context.Response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? 405 : 200;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<p>GET only</p>", context.RequestAborted);
        });
        UseSearch(Results);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _crawler.DisposeAsync();
    }

    private void UseSearch(Func<string, string> page) => _server.MapRoute("/search", async context =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page(context.Request.Query["q"].ToString()), context.RequestAborted);
    });

    private static string Results(string query) =>
        $"<html><body><h1>搜尋結果：{query}</h1><ol><li><a href=\"/news.html\">{query} 一</a></li><li><a href=\"/doc/2.html\">{query} 二</a></li></ol></body></html>";

    private async Task<SiteMeasurements> Measure(string page, CrawlOptions? options = null)
    {
        var result = await _crawler.CrawlAsync(_server.Url(page), options ?? HomeOnly, CancellationToken.None);
        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Measurements, Is.Not.Null);
        await TestContext.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(result.Snapshot.Measurements));
        return result.Snapshot.Measurements!;
    }

    [Test]
    public async Task Home_page_is_timed_with_its_own_images_loaded()
    {
        var measured = await Measure("/");

        var speed = measured.Speed;
        Assert.That(speed, Is.Not.Null, string.Join("; ", measured.Notes));
        Assert.That(speed!.LoadMs, Is.GreaterThanOrEqualTo(ImageDelayMs), "the load event waited for the slow image");
        Assert.That(speed.TtfbMs, Is.LessThan(speed.LoadMs!.Value));
        Assert.That(speed.DomContentLoadedMs, Is.LessThan(ImageDelayMs), "the document itself is fast");
        Assert.That(speed.Requests, Is.GreaterThanOrEqualTo(2), "document and image");
        Assert.That(speed.PageBytes, Is.GreaterThan(Png.Length));
        Assert.That(speed.LcpMs, Is.Not.Null.And.GreaterThan(0));
        Assert.That(_server.Requests, Does.Contain("/photo.png"));
    }

    [Test]
    public async Task Freshness_of_the_fixture_site_counts_to_the_audit_time()
    {
        // Home: 更新日期：民國114年11月20日; news.html (read at depth 1): 114/11/25 and 114-10-02 in its list.
        var crawl = await _crawler.CrawlAsync(_server.Url("/"), HomeOnly with { MaxDepth = 1, MaxPages = 10, Quality = QualityOptions.Off }, CancellationToken.None);
        var target = new AuditTarget(_server.Url("/"), new Dictionary<string, string>(), "test", 1);
        var rubric = RubricLoader.LoadDefault();

        var fresh = AuditRunner.Evaluate(rubric, target, crawl, TimeSpan.Zero, new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)).GetUtcNow());
        var stale = AuditRunner.Evaluate(rubric, target, crawl, TimeSpan.Zero, new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)).GetUtcNow());

        Assert.That(fresh.Metrics["days_since_update"], Is.EqualTo(6));
        Assert.That(fresh.Metrics.Freshness!.PageUrl, Is.EqualTo(_server.Url("/news.html")));
        Assert.That(fresh.Findings.Single(f => f.IndicatorId == "fresh_content").Found, Is.True);
        Assert.That(stale.Metrics["days_since_update"], Is.EqualTo(402));
        Assert.That(stale.Findings.Single(f => f.IndicatorId == "fresh_content").Found, Is.False);
    }

    [Test]
    public async Task Inner_pages_keep_the_fast_mode_without_images()
    {
        var before = _server.Requests.Count(r => r == "/photo.png");
        // services.html has no image; index.html read as an inner page (depth 1 from news.html) would ask for none.
        var result = await _crawler.CrawlAsync(_server.Url("/news.html"), HomeOnly with { MaxDepth = 1, MaxPages = 3, Quality = QualityOptions.Off }, CancellationToken.None);
        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok));
        Assert.That(result.Snapshot.Measurements, Is.Null, "nothing measured when off");
        Assert.That(_server.Requests.Count(r => r == "/photo.png"), Is.EqualTo(before));
    }

    [Test]
    public async Task A_known_share_of_dead_links_is_counted_and_listed()
    {
        var measured = await Measure("/");

        var links = measured.Links!;
        Assert.That(links.Found, Is.EqualTo(10), "/, news, about, services, 3 dead, contact, old, no-head: fragment, mailto and other host left out");
        Assert.That(links.Checked, Is.EqualTo(10));
        Assert.That(links.Broken.Select(b => (b.Url[_server.BaseUrl.AbsoluteUri.Length..], b.Status)),
            Is.EquivalentTo(new[] { ("missing-1.html", 404), ("missing-2.html", 404), ("gone.html", 410) }));
        Assert.That(links.Broken.Select(b => b.PageUrl), Has.All.EqualTo(_server.Url("/")));
        Assert.That(links.Broken.Single(b => b.Url.EndsWith("gone.html", StringComparison.Ordinal)).Text, Is.EqualTo("活動報名"));
        Assert.That(links.Note, Is.Null);
        Assert.That(_server.Requests, Does.Contain("/no-head.html"), "GET after the refused HEAD");
    }

    [Test]
    public async Task A_link_whose_certificate_a_browser_would_reject_is_broken_under_strict_tls_only()
    {
        // A same-site link (same host, another port) to https with a self-signed certificate: read as the page loads are.
        await using var https = await FixtureServer.StartHttpsAsync(Site, FaultServer.Certificates.SelfSigned());
        var secure = https.Url("/about.html");
        _server.MapRoute("/tls-links.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<html><body><a href=\"{secure}\">機關介紹</a></body></html>", context.RequestAborted);
        });
        var linksOnly = HomeOnly with { Quality = new QualityOptions { Measure = false } };

        var lax = (await Measure("/tls-links.html", linksOnly)).Links!;
        var strict = (await Measure("/tls-links.html", linksOnly with { StrictTls = true })).Links!;

        Assert.That(lax.Checked, Is.EqualTo(1));
        Assert.That(lax.Broken, Is.Empty, "without --strict-tls a bad certificate does not break a link");
        Assert.That(strict.Checked, Is.EqualTo(1));
        var broken = strict.Broken.Single();
        Assert.That(broken.Url, Is.EqualTo(secure));
        Assert.That(broken.Status, Is.Zero);
        Assert.That(broken.Error, Is.EqualTo("tls: the certificate is self-signed (not trusted)"));
        Assert.That(strict.Note, Is.Null, "a refused certificate is an answer, not silence");
        Assert.That(https.Requests.Count(r => r == "/about.html"), Is.EqualTo(1), "under --strict-tls no request was sent over the refused connection");
    }

    [Test]
    public async Task At_most_check_links_are_checked()
    {
        var measured = await Measure("/", HomeOnly with { Quality = new QualityOptions { CheckLinks = 4, Measure = false } });

        Assert.That(measured.Links!.Checked, Is.EqualTo(4));
        Assert.That(measured.Speed, Is.Null);
        Assert.That(measured.Mobile, Is.Null);
    }

    [Test]
    public async Task A_search_that_lists_results_works()
    {
        UseSearch(Results);
        var search = (await Measure("/")).Search;

        Assert.That(search, Is.Not.Null);
        Assert.That(search!.Query, Is.EqualTo("最新消息"), "the first word of the navigation that is not 首頁");
        Assert.That(search.Works, Is.True, search.Reason);
        Assert.That(search.NewLinks, Is.EqualTo(1), "/doc/2.html; news.html is on the home page already");
        Assert.That(search.Url, Does.Contain("site=main").And.Contain("q=" + Uri.EscapeDataString("最新消息")));
        Assert.That(_server.Requests.Count(r => r.StartsWith("/search", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1));
    }

    [TestCase("<html><body><h1>系統發生錯誤</h1><a href=\"/x.html\">x</a></body></html>", "error page")]
    [TestCase("<html><body><p>查無資料，請改用其他關鍵字。</p><a href=\"/y.html\">y</a></body></html>", "no results")]
    [TestCase("<html><body><p>没有找到相关结果</p></body></html>", "no results")]
    [TestCase("<html><body><p>Your search returned no results.</p></body></html>", "no results")]
    [TestCase("<html><body><p>搜尋結果</p><a href=\"/\">首頁</a></body></html>", "no link")]
    public async Task A_search_that_errs_or_finds_nothing_does_not_work(string page, string reason)
    {
        UseSearch(_ => page);
        try
        {
            var search = (await Measure("/", HomeOnly with { Quality = new QualityOptions { CheckLinks = 0 } })).Search!;

            Assert.That(search.Works, Is.False);
            Assert.That(search.Reason, Does.Contain(reason));
        }
        finally
        {
            UseSearch(Results);
        }
    }

    [Test]
    public async Task A_search_answering_500_does_not_work()
    {
        _server.MapRoute("/search", context =>
        {
            context.Response.StatusCode = 500;
            return context.Response.WriteAsync("boom", context.RequestAborted);
        });
        try
        {
            var search = (await Measure("/", HomeOnly with { Quality = new QualityOptions { CheckLinks = 0 } })).Search!;

            Assert.That(search.Works, Is.False);
            Assert.That(search.Status, Is.EqualTo(500));
        }
        finally
        {
            UseSearch(Results);
        }
    }

    [Test]
    public async Task A_post_form_or_a_form_with_personal_fields_is_never_submitted()
    {
        _server.MapRoute("/forms.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("""
                <html><body><nav><a href="/news.html">最新消息</a></nav>
                <form action="/search" method="post"><input type="search" name="q"><button>搜尋</button></form>
                <form action="/search" method="get"><input type="text" name="keyword" placeholder="搜尋"><input type="email" name="mail"></form>
                <form action="/search" method="get"><input type="text" name="q" placeholder="search"><input type="password" name="pw"></form>
                </body></html>
                """, context.RequestAborted);
        });
        var before = _server.Requests.Count(r => r.StartsWith("/search", StringComparison.Ordinal));

        var measured = await Measure("/forms.html", HomeOnly with { Quality = new QualityOptions { CheckLinks = 0 } });

        Assert.That(measured.Search, Is.Null);
        Assert.That(_server.Requests.Count(r => r.StartsWith("/search", StringComparison.Ordinal)), Is.EqualTo(before));
    }

    [Test]
    public async Task A_responsive_page_fits_a_phone()
    {
        var mobile = (await Measure("/")).Mobile;

        Assert.That(mobile, Is.Not.Null);
        Assert.That(mobile!.Overflow, Is.False);
        Assert.That(mobile.ViewportWidth, Is.EqualTo(360));
        Assert.That(mobile.DocumentWidth, Is.LessThanOrEqualTo(361));
        Assert.That(mobile.BaseTextPx, Is.EqualTo(16).Within(0.5));
        Assert.That(mobile.HasViewportMeta, Is.True);
    }

    [Test]
    public async Task A_layout_wider_than_a_phone_overflows()
    {
        var mobile = (await Measure("/wide.html")).Mobile!;

        Assert.That(mobile.Overflow, Is.True);
        Assert.That(mobile.DocumentWidth, Is.GreaterThanOrEqualTo(1200));
    }

    [Test]
    public async Task A_page_without_viewport_is_shrunk_and_its_text_too_small()
    {
        var mobile = (await Measure("/desktop.html")).Mobile!;

        Assert.That(mobile.HasViewportMeta, Is.False);
        Assert.That(mobile.Overflow, Is.True, "laid out at 980 px");
        Assert.That(mobile.BaseTextPx, Is.LessThan(12));
    }

    [Test]
    public async Task The_search_probe_runs_beside_the_inner_pages_not_after_them()
    {
        // Eight slow inner pages (one load at a time on the host): the crawl of them takes seconds. The search query,
        // started right after the home page, must reach the server while inner pages are still being asked for — in
        // order of arrival, not by a clock. Done after the crawl, it came last.
        const int InnerPages = 8;
        var arrivals = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var nav = string.Concat(Enumerable.Range(1, InnerPages).Select(i => $"<a href=\"/overlap/p{i}.html\">服務{"一二三四五六七八"[i - 1]}</a> "));
        _server.MapRoute("/overlap/home.html", context =>
        {
            arrivals.Enqueue("home");
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"""
                <html><head><meta name="viewport" content="width=device-width"></head><body>
                <nav>{nav}</nav>
                <form action="/overlap/search" method="get"><input type="search" name="q"><button>搜尋</button></form>
                </body></html>
                """, context.RequestAborted);
        });
        for (var i = 1; i <= InnerPages; i++)
        {
            var name = $"p{i}";
            _server.MapRoute($"/overlap/{name}.html", async context =>
            {
                arrivals.Enqueue(name);
                await Task.Delay(400, context.RequestAborted);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync($"<html><body><p>{name}</p></body></html>", context.RequestAborted);
            });
        }

        _server.MapRoute("/overlap/search", context =>
        {
            arrivals.Enqueue("search");
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body><a href=\"/overlap/result.html\">結果</a></body></html>", context.RequestAborted);
        });

        var measured = await Measure("/overlap/home.html", HomeOnly with { MaxDepth = 1, MaxPages = InnerPages + 1, Quality = new QualityOptions { CheckLinks = 0 } });

        var order = arrivals.ToList();
        await TestContext.Out.WriteLineAsync(string.Join(" ", order));
        Assert.That(measured.Search!.Works, Is.True, measured.Search.Reason);
        Assert.That(measured.Mobile!.Overflow, Is.False);
        Assert.That(order.Count(a => a == "home"), Is.EqualTo(1), "the phone is measured on the home page already loaded");
        Assert.That(order.Count(a => a.StartsWith('p')), Is.EqualTo(InnerPages));
        var lastInner = order.FindLastIndex(a => a.StartsWith('p'));
        Assert.That(order.IndexOf("search"), Is.LessThan(lastInner), "the search query was sent while inner pages were");
    }

    [Test]
    public async Task Links_that_never_answer_end_the_check_with_a_note_not_a_stalled_site()
    {
        var hung = Enumerable.Range(1, 6).Select(i => $"/hang-{i}.html").ToList();
        foreach (var path in hung)
        {
            _server.MapRoute(path, context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        }

        _server.MapRoute("/hanging-links.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body>" + string.Concat(hung.Select(h => $"<a href=\"{h}\">{h}</a> ")) + "</body></html>", context.RequestAborted);
        });
        var options = HomeOnly with { PageTimeout = TimeSpan.FromSeconds(2), Quality = new QualityOptions { Measure = false } };
        var clock = Stopwatch.StartNew();

        var links = (await Measure("/hanging-links.html", options)).Links!;

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(links.Found, Is.EqualTo(6));
        Assert.That(links.Checked, Is.EqualTo(LinkChecker.SilentLimit));
        Assert.That(links.Broken, Has.Count.EqualTo(LinkChecker.SilentLimit));
        Assert.That(links.Broken[0].Error, Does.Contain("no answer"));
        Assert.That(links.Note, Does.Contain("no answer").And.Contain("3 link(s) not checked"));
    }

    [Test]
    public async Task A_link_check_that_outlasts_the_site_budget_is_cut_short_and_the_site_stays_ok()
    {
        var hung = Enumerable.Range(1, 3).Select(i => $"/slow-{i}.html").ToList();
        foreach (var path in hung)
        {
            // Each answers just before the link timeout: never "silent", but slow enough to use up the site's budget.
            _server.MapRoute(path, async context =>
            {
                await Task.Delay(1800, context.RequestAborted);
                context.Response.StatusCode = 200;
            });
        }

        _server.MapRoute("/slow-links.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body>" + string.Concat(hung.Select(h => $"<a href=\"{h}\">{h}</a> ")) + "</body></html>", context.RequestAborted);
        });
        var options = HomeOnly with
        {
            PageTimeout = TimeSpan.FromSeconds(3),
            SiteTimeout = TimeSpan.FromSeconds(5),
            Quality = new QualityOptions { Measure = false },
        };

        var result = await _crawler.CrawlAsync(_server.Url("/slow-links.html"), options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var links = result.Snapshot.Measurements!.Links!;
        Assert.That(links.Checked, Is.LessThan(3));
        Assert.That(links.Note, Does.Contain("time"));
    }

    [Test]
    public async Task A_same_site_link_to_an_origin_that_refuses_connections_is_broken_not_skipped()
    {
        // robots.txt is read here: the closed port's robots.txt gets no connection, and that must not hide the link.
        await using var server = await FixtureServer.StartAsync(Site);
        var closed = FixtureServer.ClosedPortUrl();
        server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nDisallow: /private/\n", context.RequestAborted));
        server.MapRoute("/closed-port.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(
                $"<html><body><a href=\"{closed}plain.html\">old address</a> <a href=\"/private/a.html\">staff</a> <a href=\"/about.html\">about</a></body></html>",
                context.RequestAborted);
        });
        var options = HomeOnly with { IgnoreRobots = false, Quality = new QualityOptions { Measure = false } };

        var result = await _crawler.CrawlAsync(server.Url("/closed-port.html"), options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var links = result.Snapshot.Measurements!.Links!;
        Assert.That(links.Found, Is.EqualTo(3));
        Assert.That(links.Checked, Is.EqualTo(2), "the closed port's link and about.html; the disallowed one is left out");
        var broken = links.Broken.Single();
        Assert.That(broken.Url, Is.EqualTo(closed + "plain.html"));
        Assert.That(broken.Error, Does.StartWith("no answer"));
        Assert.That(links.Note, Does.Contain("1 link(s) not checked: robots.txt disallows them"));
        Assert.That(server.Requests, Does.Not.Contain("/private/a.html"));
    }

    [Test]
    public async Task A_server_that_drops_head_requests_is_asked_again_with_get()
    {
        await using var server = await FixtureServer.StartAsync(Site);
        server.MapRoute("/drops-head.html", context =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Abort();
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<p>GET only</p>", context.RequestAborted);
        });
        server.MapRoute("/dropping.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body><a href=\"/drops-head.html\">forms</a></body></html>", context.RequestAborted);
        });

        var links = (await _crawler.CrawlAsync(server.Url("/dropping.html"), HomeOnly with { Quality = new QualityOptions { Measure = false } }, CancellationToken.None))
            .Snapshot.Measurements!.Links!;

        Assert.That(links.Checked, Is.EqualTo(1));
        Assert.That(links.Broken, Is.Empty, string.Join("; ", links.Broken.Select(b => b.Error)));
    }

    [Test]
    public async Task A_link_the_crawl_followed_through_a_redirect_is_known_without_asking_again()
    {
        await using var server = await FixtureServer.StartAsync(Site);
        server.MapRoute("/redirecting.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body><a href=\"/old\">about us</a></body></html>", context.RequestAborted);
        });
        var options = HomeOnly with { MaxDepth = 1, MaxPages = 2, Quality = new QualityOptions { Measure = false } };

        var result = await _crawler.CrawlAsync(server.Url("/redirecting.html"), options, CancellationToken.None);

        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("/about.html")), "the crawl followed /old to about.html");
        var links = result.Snapshot.Measurements!.Links!;
        Assert.That(links.Checked, Is.GreaterThanOrEqualTo(1));
        Assert.That(links.Broken.Select(b => b.Url), Does.Not.Contain(server.Url("/old")));
        Assert.That(server.Requests.Count(r => r == "/old"), Is.EqualTo(1), "only the crawl's own request, no HEAD from the link check");
    }

    [Test]
    public async Task The_phone_is_measured_on_the_home_tab_and_the_inner_pages_are_read_at_the_desktop_viewport_again()
    {
        await using var server = await FixtureServer.StartAsync(Site);
        const string ShowWidth = "<script>addEventListener('load', () => document.body.insertAdjacentHTML('beforeend', '<p id=w>width=' + innerWidth + '</p>'))</script>";
        server.MapRoute("/home-w.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(
                "<html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body><p>Home</p><a href=\"/inner-w.html\">About us</a>" + ShowWidth + "</body></html>",
                context.RequestAborted);
        });
        server.MapRoute("/inner-w.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body><p>Inner</p>" + ShowWidth + "</body></html>", context.RequestAborted);
        });
        var options = HomeOnly with { MaxDepth = 1, MaxPages = 2, Quality = new QualityOptions { CheckLinks = 0 } };

        var result = await _crawler.CrawlAsync(server.Url("/home-w.html"), options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var mobile = result.Snapshot.Measurements!.Mobile!;
        Assert.That(mobile.Overflow, Is.False);
        Assert.That(mobile.HasViewportMeta, Is.True);
        Assert.That(server.Requests.Count(r => r == "/home-w.html"), Is.EqualTo(1), "the phone reads the home page already loaded, no second load");
        Assert.That(result.Snapshot.Pages[0].Html, Does.Contain("width=1280"), "the home page's snapshot is taken at the desktop viewport");
        var inner = result.Snapshot.Pages.Single(p => p.Url.EndsWith("/inner-w.html", StringComparison.Ordinal));
        Assert.That(inner.Html, Does.Contain("width=1280"), "the tab is shaped back before the inner pages");
    }

    [Test]
    public async Task A_home_page_that_hangs_when_resized_to_a_phone_costs_the_phone_fit_not_the_inner_pages()
    {
        await using var server = await FixtureServer.StartAsync(Site);
        server.MapRoute("/hangs-on-resize.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(
                "<html><body><p>Home</p><a href=\"/about.html\">About us</a><script>addEventListener('resize', () => { for (;;) {} });</script></body></html>",
                context.RequestAborted);
        });
        var options = HomeOnly with { MaxDepth = 1, MaxPages = 2, Quality = new QualityOptions { CheckLinks = 0 } };

        var result = await _crawler.CrawlAsync(server.Url("/hangs-on-resize.html"), options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Measurements!.Mobile, Is.Null);
        Assert.That(result.Snapshot.Measurements.Notes, Has.Some.StartsWith("phone fit not measured"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("/about.html")), "the inner page is read in a fresh tab");
    }
}
