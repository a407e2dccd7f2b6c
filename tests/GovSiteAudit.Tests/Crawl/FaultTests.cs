using System.Diagnostics;
using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The crawler against the hostile web of <see cref="FaultServer"/>: each fault ends with a specific status and
/// words, within its budget, and the crawler is fine for the next site. One browser serves the whole class.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class FaultTests
{
    private static readonly CrawlOptions Local = new()
    {
        AllowPrivateNetwork = true,
        PageTimeout = TimeSpan.FromSeconds(5),
        MaxDepth = 2,
        MaxPages = 10,
    };

    private SiteCrawler _crawler = null!;
    private FaultServer _faults = null!;
    private readonly List<FixtureServer> _servers = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, Local, CancellationToken.None);
        _faults = await FaultServer.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _crawler.DisposeAsync();
        await _faults.DisposeAsync();
    }

    [TearDown]
    public async Task StopServers()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        _servers.Clear();
    }

    private async Task<(CrawlResult Result, TimeSpan Elapsed)> Crawl(string url, CrawlOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var result = await _crawler.CrawlAsync(url, options ?? Local, CancellationToken.None);
        return (result, clock.Elapsed);
    }

    private async Task<CrawlResult> CrawlFault(string path, CrawlOptions? options = null) => (await Crawl(_faults.Url(path), options)).Result;

    private static void AssertStatus(CrawlResult result, SiteStatus status, bool transient)
    {
        Assert.That(result.Status, Is.EqualTo(status), result.Error);
        Assert.That(result.Status.IsTransient, Is.EqualTo(transient));
    }

    // ----- Network -----

    [Test]
    public async Task Name_that_does_not_resolve_is_dns_and_permanent()
    {
        var (result, elapsed) = await Crawl("http://no-such-agency.invalid/");

        AssertStatus(result, SiteStatus.Dns, transient: false);
        Assert.That(result.Error, Is.EqualTo("the name no-such-agency.invalid does not resolve (DNS)"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task Closed_port_is_connection_refused_and_permanent()
    {
        var (result, _) = await Crawl(FixtureServer.ClosedPortUrl().AbsoluteUri);

        AssertStatus(result, SiteStatus.ConnectionRefused, transient: false);
    }

    [Test]
    public async Task Connection_reset_mid_response_is_connection_reset_with_the_part_received_kept()
    {
        var (result, elapsed) = await Crawl(_faults.Reset.BaseUrl.AbsoluteUri);

        AssertStatus(result, SiteStatus.ConnectionReset, transient: true);
        Assert.That(result.Error, Does.StartWith("127.0.0.1 closed the connection part-way through the home page (ERR_").And.EndWith("the part received was read"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("部分內容"), "the part that arrived is kept");
    }

    [Test]
    public async Task Server_that_accepts_and_never_answers_times_out_within_the_page_timeout()
    {
        var (result, elapsed) = await Crawl(_faults.Silent.BaseUrl.AbsoluteUri, Local with { PageTimeout = TimeSpan.FromSeconds(2) });

        AssertStatus(result, SiteStatus.Timeout, transient: true);
        Assert.That(result.Error, Does.Contain("did not load within 2 s"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(_faults.Silent.Connections, Is.GreaterThan(0));
    }

    [Test]
    public async Task Site_budget_stops_a_site_whose_every_page_hangs()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Hang), Local with { PageTimeout = TimeSpan.FromSeconds(60), SiteTimeout = TimeSpan.FromSeconds(3) });

        AssertStatus(result, SiteStatus.Timeout, transient: true);
        Assert.That(result.Error, Does.Contain("did not finish loading within 3 s"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task Bytes_that_are_not_http_are_invalid_response()
    {
        var (result, _) = await Crawl(_faults.Garbage.BaseUrl.AbsoluteUri);

        AssertStatus(result, SiteStatus.InvalidResponse, transient: false);
        Assert.That(result.Error, Does.Contain("not HTTP"));
    }

    [Test]
    public async Task Broken_chunked_encoding_is_invalid_response_and_not_retried()
    {
        var (result, elapsed) = await Crawl(_faults.BrokenChunked.BaseUrl.AbsoluteUri, Local with { PageTimeout = TimeSpan.FromSeconds(8) });

        AssertStatus(result, SiteStatus.InvalidResponse, transient: false);
        Assert.That(result.Error, Does.Contain("ERR_INVALID_CHUNKED_ENCODING"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(8)), "known at once, not waited out as a timeout");
    }

    // ----- HTTP -----

    [Test]
    public async Task Home_page_404_is_http_error_and_permanent_with_the_page_kept()
    {
        var result = await CrawlFault(FaultServer.Paths.NotFound);

        AssertStatus(result, SiteStatus.HttpError, transient: false);
        Assert.That(result.Error, Does.Contain("answered HTTP 404"));
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("找不到網頁"));
    }

    [TestCase(FaultServer.Paths.ServerError, 500)]
    [TestCase(FaultServer.Paths.Unavailable, 503)]
    public async Task Home_page_5xx_is_server_error_and_transient(string path, int code)
    {
        var result = await CrawlFault(path);

        AssertStatus(result, SiteStatus.ServerError, transient: true);
        Assert.That(result.Error, Does.Contain($"answered HTTP {code}"));
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Inner_pages_with_5xx_are_skipped_and_the_site_is_scored_from_the_rest()
    {
        var result = await CrawlFault(FaultServer.Paths.Inner5xx);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Is.EqualTo(new[] { _faults.Url(FaultServer.Paths.Inner5xx), _faults.Url("/inner5xx/b") }));
    }

    // ----- Redirects -----

    [Test]
    public async Task Redirect_loop_is_too_many_redirects()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Loop));

        AssertStatus(result, SiteStatus.TooManyRedirects, transient: false);
        Assert.That(result.Error, Does.Contain("redirects in a loop"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task Redirect_to_another_host_is_followed_recorded_and_noted()
    {
        var result = await CrawlFault(FaultServer.Paths.Offsite);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        var landing = _faults.OtherHostUrl(FaultServer.Paths.Landing);
        Assert.That(result.Snapshot.FinalUrl, Is.EqualTo(landing));
        Assert.That(result.Snapshot.Facts.RedirectChain, Is.EqualTo(new[]
        {
            new RedirectHop(_faults.Url(FaultServer.Paths.Offsite), 302), new RedirectHop(landing, 200),
        }));
        Assert.That(result.Error, Does.Contain("redirects to another host, localhost"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_faults.OtherHostUrl("/faq.html")));
    }

    [TestCase(FaultServer.Paths.ToFile, "file")]
    [TestCase(FaultServer.Paths.ToChrome, "chrome")]
    public async Task Redirect_to_a_scheme_that_is_not_the_web_is_blocked(string path, string scheme)
    {
        var result = await CrawlFault(path);

        AssertStatus(result, SiteStatus.Blocked, transient: false);
        Assert.That(result.Error, Does.Contain($"{scheme}:").And.Contain("only http and https"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
    }

    [TestCase(FaultServer.Paths.MetaRefresh)]
    [TestCase(FaultServer.Paths.JsRedirect)]
    public async Task Client_side_redirect_is_followed_for_the_home_page(string path)
    {
        var result = await CrawlFault(path);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.FinalUrl, Is.EqualTo(_faults.Url(FaultServer.Paths.Landing)));
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("新首頁 Landing"));
        Assert.That(result.Snapshot.Facts.RedirectChain.Select(h => h.Url), Is.EqualTo(new[] { _faults.Url(path), _faults.Url(FaultServer.Paths.Landing) }));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_faults.Url("/faq.html")));
    }

    // ----- Content -----

    [Test]
    public async Task Fifty_megabyte_page_is_read_up_to_the_cap_in_bounded_time()
    {
        // Loading 50 MB takes Chromium longer than the page timeout: what was parsed by then is read, up to the cap.
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Big), Local with { PageTimeout = TimeSpan.FromSeconds(10), MaxPages = 2 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        var home = result.Snapshot.Home!;
        Assert.That(home.Title, Is.EqualTo("Big page"));
        Assert.That(home.Html.Length, Is.LessThanOrEqualTo(PageContent.MaxChars));
        Assert.That(result.Error, Does.Contain("only its beginning was read").Or.Contain("what had arrived was read"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_faults.Url("/faq.html")), "links near the top are still followed");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public async Task Short_page_with_a_few_control_characters_is_read_as_html()
    {
        var result = await CrawlFault(FaultServer.Paths.ControlCharacters, Local with { MaxPages = 1 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("公告"));
    }

    [Test]
    public async Task Binary_served_as_html_is_not_html()
    {
        var result = await CrawlFault(FaultServer.Paths.Binary);

        AssertStatus(result, SiteStatus.NotHtml, transient: false);
        Assert.That(result.Error, Does.Contain("binary data served as text/html"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
    }

    [TestCase(FaultServer.Paths.Pdf)]
    [TestCase(FaultServer.Paths.Zip)]
    public async Task Download_as_home_page_is_not_html_and_never_saved(string path)
    {
        var result = await CrawlFault(path);

        AssertStatus(result, SiteStatus.NotHtml, transient: false);
        Assert.That(result.Error, Does.Contain("not an HTML page"));
        AssertNoDownloadOnDisk();
    }

    [Test]
    public async Task Automatic_downloads_are_refused_and_the_page_is_read()
    {
        var result = await CrawlFault(FaultServer.Paths.AutoDownload);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("Auto download"));
        AssertNoDownloadOnDisk();
    }

    private static void AssertNoDownloadOnDisk()
    {
        var places = new List<string> { Environment.CurrentDirectory, Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Downloads") };
        places.AddRange(Directory.GetDirectories(Path.GetTempPath(), "playwright-artifacts-*"));
        foreach (var place in places.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(place, "*", SearchOption.TopDirectoryOnly))
            {
                var info = new FileInfo(file);
                if (info.Length is > 0 and < 1_000_000)
                {
                    Assert.That(File.ReadAllText(file), Does.Not.Contain(FaultServer.DownloadMarker), $"{file} is a saved download");
                }
            }
        }
    }

    [Test]
    public async Task Crawl_trap_is_bounded_by_max_pages()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Trap), Local with { MaxDepth = 1000, MaxPages = 8 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(8));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(40)));
    }

    [Test]
    public async Task Crawl_trap_is_bounded_by_depth()
    {
        var (result, _) = await Crawl(_faults.Url(FaultServer.Paths.Trap), Local with { MaxDepth = 2, MaxPages = 1000 });

        Assert.That(result.Snapshot.Pages.Max(p => p.Depth), Is.EqualTo(2));
        Assert.That(result.Snapshot.Pages, Has.Count.EqualTo(1 + 2 + 4));
    }

    [Test]
    public async Task Dialog_storm_does_not_stall_the_crawl()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Dialogs));

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url).Take(2), Is.EqualTo(new[] { _faults.Url(FaultServer.Paths.Dialogs), _faults.Url("/faq.html") }), string.Join(", ", result.Snapshot.Pages.Select(p => p.Url)));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Popup_storm_opens_nothing()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.Popups));

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url).Take(2), Is.EqualTo(new[] { _faults.Url(FaultServer.Paths.Popups), _faults.Url("/faq.html") }));
        Assert.That(_faults.Web.Requests, Has.None.StartsWith("/popup-ad").And.None.StartsWith("/ad-only"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Page_that_never_stops_loading_is_read_as_far_as_it_came()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.NeverEnds), Local with { PageTimeout = TimeSpan.FromSeconds(3), MaxPages = 1 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Html, Does.Contain("Streaming forever"));
        Assert.That(result.Error, Does.Contain("never finished loading"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Infinite_scroll_and_endless_polling_do_not_hold_the_crawl()
    {
        var (result, elapsed) = await Crawl(_faults.Url(FaultServer.Paths.InfiniteScroll));

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(_faults.Url("/faq.html")));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Nothing_carries_over_from_one_site_to_the_next()
    {
        var cookieSeen = "not requested";
        _faults.Web.MapRoute("/sets-state", context => context.Response.WriteAsync(
            "<title>state</title><script>localStorage.setItem('token', 'secret'); document.cookie = 'session=abc; max-age=3600';</script>"));
        _faults.Web.MapRoute("/reads-state", context =>
        {
            cookieSeen = context.Request.Headers.Cookie.ToString();
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<title>reader</title>");
        });

        var first = await CrawlFault("/sets-state", Local with { MaxPages = 1 });
        var second = await CrawlFault("/reads-state", Local with { MaxPages = 1 });

        Assert.That(first.Snapshot.Facts.Cookies.Select(c => c.Name), Does.Contain("session"));
        Assert.That(first.Snapshot.Facts.LocalStorage.Select(e => e.Key), Does.Contain("token"));
        Assert.That(cookieSeen, Is.Empty, "a fresh browser context per site: no cookie sent");
        Assert.That(second.Snapshot.Facts.Cookies, Is.Empty);
        Assert.That(second.Snapshot.Facts.LocalStorage, Is.Empty);
    }

    // ----- Charsets and international names -----

    [TestCase(FaultServer.Paths.Gbk, "政府信息公开", "常见问题")]
    [TestCase(FaultServer.Paths.ShiftJis, "お問い合わせ", "よくある質問")]
    [TestCase(FaultServer.Paths.Utf8Bom, "常見問答", "常見問答 FAQ")]
    public async Task Declared_charsets_are_decoded(string path, string title, string text)
    {
        var result = await CrawlFault(path, Local with { MaxPages = 1 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo(title));
        Assert.That(result.Snapshot.Home.Html, Does.Contain(text));
        Assert.That(result.Error, Is.Null);
    }

    [Test]
    public async Task Utf8_page_declared_latin1_is_re_read_as_utf8()
    {
        var result = await CrawlFault(FaultServer.Paths.WrongCharset, Local with { MaxPages = 1 });

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("常見問答"));
        Assert.That(result.Snapshot.Home.Html, Does.Contain("常見問答與隱私權政策").And.Contain("Café"));
        Assert.That(result.Error, Does.Contain("re-read as UTF-8"));
    }

    [Test]
    public async Task Unicode_paths_are_crawled()
    {
        var (result, _) = await Crawl(_faults.Url(FaultServer.Paths.UnicodePath));

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Home!.Title, Is.EqualTo("服務"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Title), Does.Contain("常見問答頁"));
        Assert.That(result.Snapshot.Pages[1].Url, Does.Contain("%E5%B8%B8%E8%A6%8B"), "percent-encoded as on the wire");
    }

    // ----- TLS -----

    private async Task<FixtureServer> ServeHttps(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var server = await FixtureServer.StartHttpsAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "faults"), certificate);
        _servers.Add(server);
        return server;
    }

    [Test]
    public async Task Self_signed_certificate_is_read_and_reported()
    {
        var server = await ServeHttps(FaultServer.Certificates.SelfSigned());

        var (result, _) = await Crawl(server.BaseUrl.AbsoluteUri);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Facts.Tls!.Valid, Is.False);
        Assert.That(result.Snapshot.Facts.Tls.Error, Is.EqualTo("the certificate is self-signed (not trusted)"));
    }

    [Test]
    public async Task Expired_certificate_is_read_and_reported_as_expired()
    {
        var certificate = FaultServer.Certificates.Expired();
        var server = await ServeHttps(certificate);

        var (result, _) = await Crawl(server.BaseUrl.AbsoluteUri);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        var tls = result.Snapshot.Facts.Tls!;
        Assert.That(tls.Valid, Is.False);
        Assert.That(tls.Error, Does.StartWith($"the certificate expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}"));
        Assert.That(result.Snapshot.Pages.Select(p => p.Url), Does.Contain(server.Url("faq.html")));
    }

    [Test]
    public async Task Certificate_for_another_host_is_read_and_reported_as_a_name_mismatch()
    {
        var server = await ServeHttps(FaultServer.Certificates.WrongHost());

        var (result, _) = await Crawl(server.BaseUrl.AbsoluteUri);

        AssertStatus(result, SiteStatus.Ok, transient: false);
        Assert.That(result.Snapshot.Facts.Tls!.Error, Does.StartWith("name mismatch: the certificate is for other.example, not 127.0.0.1"));
    }

    [Test]
    public async Task Strict_tls_refuses_to_read_a_site_with_a_bad_certificate()
    {
        var server = await ServeHttps(FaultServer.Certificates.Expired());

        var (result, _) = await Crawl(server.BaseUrl.AbsoluteUri, Local with { StrictTls = true });

        AssertStatus(result, SiteStatus.Tls, transient: false);
        Assert.That(result.Error, Does.Contain("ERR_CERT").And.Contain("the certificate expired on").And.Contain("--strict-tls"));
        Assert.That(result.Snapshot.Pages, Is.Empty);
        Assert.That(server.Requests, Is.Empty, "no request reached the server");
    }

    // ----- The browser itself -----

    [Test]
    public async Task Renderer_crash_is_browser_error_and_the_next_site_is_fine()
    {
        _faults.Web.MapRoute("/crash-me", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<title>Crash</title><h1>About to crash</h1><script src=\"/hang\"></script>");
        });
        var crawl = Crawl(_faults.Url("/crash-me"), Local with { PageTimeout = TimeSpan.FromSeconds(20) });
        var page = await WaitForPageAsync("/crash-me");
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            await session.SendAsync("Page.crash").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The tab is gone before it could answer.
        }

        var (result, elapsed) = await crawl;

        AssertStatus(result, SiteStatus.BrowserError, transient: true);
        Assert.That(result.Error, Does.Contain("crashed the browser's renderer"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        Assert.That((await CrawlFault("/")).Status, Is.EqualTo(SiteStatus.Ok));
    }

    private async Task<IPage> WaitForPageAsync(string path)
    {
        for (var i = 0; i < 200; i++)
        {
            var page = _crawler.CurrentBrowser.Contexts.SelectMany(c => c.Pages).FirstOrDefault(p => p.Url.EndsWith(path, StringComparison.Ordinal));
            if (page is not null)
            {
                return page;
            }

            await Task.Delay(50);
        }

        throw new AssertionException($"no tab opened {path}");
    }

    [Test]
    public async Task Browser_that_dies_mid_site_is_browser_error_then_restarted()
    {
        var pid = await BrowserProcessIdAsync(_crawler);
        var killed = 0;
        _faults.Web.MapRoute("/kill-browser", async context =>
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<title>Survivor</title><h1>ok</h1>");
        });

        var (first, elapsed) = await Crawl(_faults.Url("/kill-browser"));

        AssertStatus(first, SiteStatus.BrowserError, transient: true);
        Assert.That(first.Error, Does.Contain("browser"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        var (second, _) = await Crawl(_faults.Url("/kill-browser"));
        Assert.That(second.Status, Is.EqualTo(SiteStatus.Ok), second.Error);
        Assert.That(second.Snapshot.Home!.Title, Is.EqualTo("Survivor"));
        Assert.That(await BrowserProcessIdAsync(_crawler), Is.Not.EqualTo(pid), "a new browser was launched");
    }

    /// <summary>The process id of the crawler's browser, from Chromium itself (SystemInfo.getProcessInfo).</summary>
    internal static async Task<int> BrowserProcessIdAsync(SiteCrawler crawler)
    {
        var session = await crawler.CurrentBrowser.NewBrowserCDPSessionAsync();
        try
        {
            var info = await session.SendAsync("SystemInfo.getProcessInfo");
            return info!.Value.GetProperty("processInfo").EnumerateArray()
                .Single(p => p.GetProperty("type").GetString() == "browser").GetProperty("id").GetInt32();
        }
        finally
        {
            await session.DetachAsync();
        }
    }
}
