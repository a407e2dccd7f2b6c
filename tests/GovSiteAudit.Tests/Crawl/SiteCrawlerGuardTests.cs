using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// A hostile public site (<see cref="EvilWeb"/>) tries every way a page has to make the crawler reach an internal
/// service on 127.0.0.1 and put what it answered into the snapshot. None may open even one connection to it, and a
/// failed navigation is a status, never a page. One browser serves the whole class.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class SiteCrawlerGuardTests
{
    private static readonly CrawlOptions Public = new()
    {
        AllowPrivateNetwork = false,
        PageTimeout = TimeSpan.FromSeconds(5),
        MaxDepth = 1,
        MaxPages = 4,
        IgnoreRobots = true,
    };

    private SiteCrawler _crawler = null!;
    private EvilWeb _web = null!;
    private int _connectionsBefore;

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await EvilWeb.LaunchCrawlerAsync(browser, Public);
        _web = await EvilWeb.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _crawler.DisposeAsync();
        await _web.DisposeAsync();
    }

    [SetUp]
    public void CountFromHere() => _connectionsBefore = _web.Internal.Connections;

    private async Task<CrawlResult> Crawl(string url, CrawlOptions? options = null)
    {
        var result = await _crawler.CrawlAsync(url, options ?? Public, CancellationToken.None);
        await TestContext.Out.WriteLineAsync($"{result.Status}: {result.Error}");
        return result;
    }

    private void AssertInternalUntouched(CrawlResult result)
    {
        Assert.That(_web.Internal.Connections - _connectionsBefore, Is.Zero, "no connection reached the internal service");
        foreach (var page in result.Snapshot.Pages)
        {
            Assert.That(page.Html + page.Title + string.Concat(page.Frames.Select(f => f.Html)), Does.Not.Contain(_web.Internal.Secret), page.Url);
        }
    }

    private static void AssertNoErrorPage(CrawlResult result)
    {
        Assert.That(result.Snapshot.FinalUrl ?? "", Does.Not.StartWith("chrome-error:"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Has.None.StartWith("chrome-error:"));
    }

    [Test]
    public async Task Http_redirect_of_the_home_page_into_loopback_is_blocked()
    {
        var result = await Crawl(_web.Url(EvilWeb.Paths.RedirectHome));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
        Assert.That(result.Error, Does.Contain($"127.0.0.1:{_web.Internal.Port}").And.Contain("loopback"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task Https_redirect_of_the_home_page_into_loopback_is_blocked()
    {
        // Through CONNECT: the browser only sees the tunnel fail; the status and reason come from the guard.
        var result = await Crawl(_web.SecureUrl(EvilWeb.Paths.RedirectHome));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
        Assert.That(result.Error, Does.Contain($"127.0.0.1:{_web.Internal.Port} is a loopback address"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task Http_redirect_of_an_inner_page_into_loopback_is_a_note_and_never_read()
    {
        var result = await Crawl(_web.Url(EvilWeb.Paths.InnerRedirect));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_web.Url("/faq.html")), "the rest of the site is read");
        Assert.That(result.Error, Does.Contain($"127.0.0.1:{_web.Internal.Port}").And.Contain("blocked"));
        AssertInternalUntouched(result);
        AssertNoErrorPage(result);
    }

    [TestCase(EvilWeb.Paths.MetaRefresh)]
    [TestCase(EvilWeb.Paths.ScriptLocation)]
    public async Task Client_redirect_of_the_home_page_into_loopback_is_blocked(string path)
    {
        var result = await Crawl(_web.Url(path));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
        Assert.That(result.Error, Does.Contain($"127.0.0.1:{_web.Internal.Port}").And.Contain("loopback"));
        Assert.That(result.Snapshot.Pages, Is.Empty, "the page that redirected is not the site");
        AssertNoErrorPage(result);
        AssertInternalUntouched(result);
    }

    [TestCase(EvilWeb.Paths.MetaRefreshDeadPort)]
    [TestCase(EvilWeb.Paths.ScriptDeadPort)]
    public async Task Client_redirect_of_the_home_page_to_a_dead_port_is_a_status_not_a_page(string path)
    {
        var result = await Crawl(_web.Url(path));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.ConnectionRefused), result.Error);
        Assert.That(result.Error, Does.Contain($"port {_web.DeadPort}"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
        AssertNoErrorPage(result);
    }

    [Test]
    public async Task Frames_fetch_xhr_and_beacons_never_reach_loopback_while_the_site_itself_is_read()
    {
        var result = await Crawl(_web.Url(EvilWeb.Paths.Subresources), Public with { MaxPages = 1 });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain(EvilWeb.OwnFetchText), "the control: the site's own fetch went through");
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task WebSocket_to_loopback_never_connects_and_its_message_never_reaches_the_snapshot()
    {
        var result = await Crawl(_web.Url(EvilWeb.Paths.Sockets), Public with { MaxPages = 1 });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("socket " + EvilWeb.PublicSocketMessage), "the control: a WebSocket to the site's own host works");
        Assert.That(result.Snapshot.Home.Html, Does.Contain("socket refused"));
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task WebRtc_sends_nothing_to_private_addresses()
    {
        var datagramsBefore = _web.Internal.Datagrams;

        var result = await Crawl(_web.Url(EvilWeb.Paths.WebRtc), Public with { MaxPages = 1 });
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(_web.Internal.Datagrams - datagramsBefore, Is.Zero, "no STUN request reached the internal UDP port");
        AssertInternalUntouched(result);
    }

    [TestCase("localhost.")]
    [TestCase("LOCALHOST")]
    [TestCase("admin.localhost")]
    [TestCase("admin.localhost.")]
    [TestCase("127.1")]
    [TestCase("0x7f.0.0.1")]
    [TestCase("2130706433")]
    [TestCase("[::ffff:127.0.0.1]")]
    [TestCase("[::1]")]
    public async Task Every_spelling_of_loopback_is_blocked(string host)
    {
        var result = await Crawl($"http://{host}:{_web.Internal.Port}/");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
        Assert.That(result.Error, Does.Contain("loopback"));
        AssertInternalUntouched(result);
    }

    [TestCase("localhost.")]
    [TestCase("LOCALHOST")]
    [TestCase("admin.localhost.")]
    [TestCase("127.1")]
    [TestCase("0x7f.0.0.1")]
    [TestCase("2130706433")]
    [TestCase("127.0.0.1.")]
    [TestCase("[::ffff:127.0.0.1]")]
    [TestCase("[::ffff:7f00:1]")]
    [TestCase("[::1]")]
    [TestCase("0.0.0.0")]
    public async Task Redirect_into_every_spelling_of_loopback_is_blocked(string host)
    {
        // The spelling reaches the proxy as the browser wrote it (IPv4 forms made canonical): judged there, not before.
        var result = await Crawl(_web.Url(EvilWeb.Paths.RedirectTo) + "?to=" + Uri.EscapeDataString($"http://{host}:{_web.Internal.Port}/secret"));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
        Assert.That(result.Error, Does.Contain("loopback").Or.Contain("unspecified"));
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task Name_that_only_the_browser_could_resolve_is_a_dns_failure()
    {
        var result = await Crawl($"http://{EvilWeb.BrowserOnlyHost}:{_web.Internal.Port}/");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Dns), result.Error);
        Assert.That(result.Error, Is.EqualTo($"the name {EvilWeb.BrowserOnlyHost} does not resolve (DNS)"));
        AssertInternalUntouched(result);
    }

    [Test]
    public async Task Loopback_goes_through_the_guard_even_when_playwright_is_told_to_let_it_bypass_the_proxy()
    {
        // This variable makes Playwright leave Chromium's implicit loopback bypass in place; the crawler must not rely on it.
        const string Variable = "PLAYWRIGHT_DISABLE_FORCED_CHROMIUM_PROXIED_LOOPBACK";
        Environment.SetEnvironmentVariable(Variable, "1");
        try
        {
            var browser = await TestBrowser.LocateAsync();
            await using var crawler = await EvilWeb.LaunchCrawlerAsync(browser, Public);

            var result = await crawler.CrawlAsync(_web.Url(EvilWeb.Paths.RedirectHome), Public, CancellationToken.None);

            Assert.That(result.Status, Is.EqualTo(SiteStatus.Blocked), result.Error);
            AssertInternalUntouched(result);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Test]
    public async Task Private_networks_allowed_the_same_redirect_is_followed()
    {
        // The refusals above come from the guard, not from a crawler that cannot reach loopback at all.
        var result = await Crawl(_web.Url(EvilWeb.Paths.RedirectHome), Public with { AllowPrivateNetwork = true, MaxPages = 1 });

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo(_web.Internal.Secret));
        Assert.That(_web.Internal.Connections - _connectionsBefore, Is.GreaterThan(0));
    }
}
