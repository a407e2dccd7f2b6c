using System.Collections.Concurrent;
using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// axe in hostile and heavy pages: no request leaves the page while axe runs, frames of another origin are not
/// entered, a run over budget or a page that breaks axe is "not measured" with the reason (never a failed site), very
/// large documents skip colour contrast with a note, and the sample takes the pages it should.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class AccessibilityHostileTests
{
    private SiteCrawler _crawler = null!;
    private FixtureServer _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, AccessibilityScanTests.HomeOnly, CancellationToken.None);
        _server = await FixtureServer.StartAsync(AccessibilityScanTests.Site);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _crawler.DisposeAsync();
    }

    private static CrawlOptions With(AccessibilityOptions accessibility, int maxPages = 1) =>
        AccessibilityScanTests.HomeOnly with { Accessibility = accessibility, MaxPages = maxPages, MaxDepth = maxPages > 1 ? 1 : 0 };

    [TestCase("clean.html")]
    [TestCase("framed.html")]
    [TestCase("contrast.html")]
    public async Task No_request_leaves_the_page_while_axe_runs(string path)
    {
        var context = await _crawler.CurrentBrowser.NewContextAsync();
        var seen = new ConcurrentQueue<string>();
        try
        {
            // Every request of the page and its frames passes through this route.
            await context.RouteAsync("**/*", route =>
            {
                seen.Enqueue(route.Request.Url);
                return route.ContinueAsync();
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(_server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await Task.Delay(500);
            var before = seen.Count;
            var served = _server.Requests.Count;

            var (result, _) = await AccessibilityScan.RunAsync(page, "home", AccessibilityScanTests.HomeOnly.Accessibility, CancellationToken.None);

            Assert.That(result.Measured, Is.True, result.Error);
            Assert.That(seen.Skip(before), Is.Empty, "requests made while axe ran");
            Assert.That(_server.Requests.Count, Is.EqualTo(served), "the fixture server saw no request during the run");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Test]
    public async Task Same_origin_frame_is_tested_and_a_cross_origin_frame_is_not_entered()
    {
        await using var other = await FixtureServer.StartAsync(AccessibilityScanTests.Site);
        _server.MapRoute("/two-frames.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"""
                <!DOCTYPE html><html lang="en"><head><title>Two frames</title></head><body><main><h1>Frames</h1>
                <iframe src="/image-alt.html" title="Ours"></iframe>
                <iframe src="{other.Url("label.html")}" title="Another site"></iframe>
                </main></body></html>
                """);
        });

        var result = await _crawler.CrawlAsync(_server.Url("two-frames.html"), AccessibilityScanTests.HomeOnly, CancellationToken.None);

        var page = result.Snapshot.Accessibility!.Pages.Single();
        Assert.That(page.Measured, Is.True, page.Error);
        var imageAlt = page.Violations.Single(v => v.Rule == "image-alt");
        Assert.That(imageAlt.Nodes, Is.EqualTo(2));
        Assert.That(imageAlt.Examples[0].Target, Does.StartWith("iframe").And.Contain(" >> img"));
        Assert.That(page.Violations.Select(v => v.Rule), Does.Not.Contain("label"), "the other origin's unlabelled field is not ours to report");
        Assert.That(page.FramesNotEntered, Is.EqualTo(new[] { other.Url("label.html") }));
        Assert.That(result.Error, Does.Contain("axe did not enter 1 cross-origin frame(s)"));
    }

    [Test]
    public async Task Run_over_budget_is_not_measured_and_the_crawl_goes_on()
    {
        var options = With(new AccessibilityOptions { Mode = AccessibilityMode.Sample, Pages = 2, PageBudget = TimeSpan.FromMilliseconds(1) }, maxPages: 4);

        var result = await _crawler.CrawlAsync(_server.Url(""), options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(4), "every page is still read");
        var pages = result.Snapshot.Accessibility!.Pages;
        Assert.That(pages, Has.Count.EqualTo(2), string.Join("; ", pages.Select(p => $"{p.Url} {p.Reason} {p.Error}")));
        Assert.That(pages.Select(p => p.Measured), Is.All.False);
        Assert.That(pages.Select(p => p.Error), Is.All.StartsWith("axe did not finish within"));
        Assert.That(result.Error, Does.Contain("accessibility of " + _server.Url("") + " not measured: axe did not finish within"));
    }

    [Test]
    public async Task Page_that_breaks_axe_is_not_measured_with_the_reason()
    {
        var result = await _crawler.CrawlAsync(_server.Url("broken-axe.html"), AccessibilityScanTests.HomeOnly, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok));
        var page = result.Snapshot.Accessibility!.Pages.Single();
        Assert.That(page.Measured, Is.False);
        Assert.That(page.Error, Does.StartWith("axe failed: "));
        Assert.That(page.Violations, Is.Empty, "unknown, not clean");
    }

    [Test]
    public async Task Very_large_document_skips_colour_contrast_and_says_so()
    {
        var options = With(new AccessibilityOptions { Mode = AccessibilityMode.Home, LargeDocumentElements = 1000, PageBudget = TimeSpan.FromSeconds(60) });

        var result = await _crawler.CrawlAsync(_server.Url("large.html"), options, CancellationToken.None);

        var page = result.Snapshot.Accessibility!.Pages.Single();
        Assert.That(page.Measured, Is.True, page.Error);
        Assert.That(page.Elements, Is.GreaterThan(3000));
        Assert.That(page.SkippedRules, Is.EqualTo(new[] { "color-contrast" }));
        Assert.That(page.Violations.Select(v => v.Rule), Does.Not.Contain("color-contrast"));
        Assert.That(result.Error, Does.Contain("axe skipped color-contrast there"));

        var normal = await _crawler.CrawlAsync(_server.Url("large.html"), AccessibilityScanTests.HomeOnly, CancellationToken.None);
        Assert.That(normal.Snapshot.Accessibility!.Pages.Single().Violations.Select(v => v.Rule), Does.Contain("color-contrast"),
            "below the threshold the same page is checked for contrast");
    }

    [Test]
    public async Task Sample_takes_the_home_page_then_one_page_of_each_kind()
    {
        await using var site = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "a11y-sample"));
        var options = With(new AccessibilityOptions { Mode = AccessibilityMode.Sample, Pages = 5, PageBudget = TimeSpan.FromSeconds(60) }, maxPages: 10);

        var result = await _crawler.CrawlAsync(site.Url(""), options, CancellationToken.None);

        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(8), "the crawl itself is unchanged");
        var sample = result.Snapshot.Accessibility!.Pages.Select(p => (new Uri(p.Url).AbsolutePath, p.Reason)).ToList();
        Assert.That(sample, Is.EqualTo(new[]
        {
            ("/", "home"), ("/apply.html", "form"), ("/sitemap.html", "sitemap"), ("/contact.html", "contact"), ("/accessibility.html", "accessibility_statement"),
        }), "news pages wait while kinds are expected; login is past the limit");
        Assert.That(result.Snapshot.Accessibility.Mode, Is.EqualTo("sample"));
        Assert.That(result.Snapshot.Accessibility.AxeVersion, Is.EqualTo("4.14.0"));
    }
    // A page that holds axe up: when axe-core is put into the page (its script assigns window.axe), a synchronous request
    // the server keeps waiting blocks it. The server notes, in order of arrival, when axe began, the inner pages asked
    // for, and when axe was let go: no clock decides.
    private static string AxeTrap(string prefix) => $$"""
        <script>
        Object.defineProperty(window, 'axe', { configurable: true, set(v) {
            Object.defineProperty(window, 'axe', { value: v, writable: true, configurable: true });
            const x = new XMLHttpRequest(); x.open('GET', '/{{prefix}}/axe-hold', false); x.send();
        } });
        </script>
        """;

    private ConcurrentQueue<string> MapAxeTrapSite(string prefix, string homeBody, int innerPages)
    {
        var arrivals = new ConcurrentQueue<string>();
        _server.MapRoute($"/{prefix}/axe-hold", async context =>
        {
            arrivals.Enqueue("axe-begins");
            await Task.Delay(1500, context.RequestAborted);
            arrivals.Enqueue("axe-goes-on");
            await context.Response.WriteAsync("ok", context.RequestAborted);
        });
        _server.MapRoute($"/{prefix}/home.html", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<html lang=\"zh-Hant\"><head><title>首頁</title>{AxeTrap(prefix)}</head><body><main>{homeBody}</main></body></html>", context.RequestAborted);
        });
        for (var i = 1; i <= innerPages; i++)
        {
            var name = $"p{i}";
            _server.MapRoute($"/{prefix}/{name}.html", context =>
            {
                arrivals.Enqueue(name);
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync($"<html lang=\"zh-Hant\"><head><title>{name}</title></head><body><p>{name}</p></body></html>", context.RequestAborted);
            });
        }

        return arrivals;
    }

    [Test]
    public async Task A_home_page_with_a_menu_to_open_is_tested_as_it_loaded_before_the_menu_opens()
    {
        // The menu, once opened, adds its link and an image without a text alternative: axe must not see that image (it
        // tests the page as it loaded), and the link must still be followed.
        const string Menu = """
            <button aria-expanded="false" onclick="this.setAttribute('aria-expanded','true');
                document.getElementById('m').innerHTML = '<a href=&quot;p2.html&quot;>二</a><img src=&quot;x.png&quot;>';">選單</button>
            <div id="m"></div><a href="p1.html">一</a>
            """;
        var arrivals = MapAxeTrapSite("menu", Menu, 2);

        var result = await _crawler.CrawlAsync(_server.Url("menu/home.html"), With(AccessibilityScanTests.HomeOnly.Accessibility, maxPages: 3), CancellationToken.None);

        var order = arrivals.ToList();
        await TestContext.Out.WriteLineAsync(string.Join(" ", order));
        Assert.That(result.Snapshot.Pages.Select(p => new Uri(p.Url).AbsolutePath), Does.Contain("/menu/p2.html"), "the menu's link is followed");
        var home = result.Snapshot.Accessibility!.Pages.Single();
        Assert.That(home.Measured, Is.True, home.Error);
        Assert.That(home.Violations.Select(v => v.Rule), Does.Not.Contain("image-alt"), "axe saw the page before the menu opened");
        Assert.That(order.IndexOf("axe-goes-on"), Is.LessThan(order.IndexOf("p1")), "axe runs on the home page before the inner pages are read");
    }
}
