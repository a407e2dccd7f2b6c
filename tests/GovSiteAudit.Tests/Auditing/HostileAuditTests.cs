using System.Diagnostics;
using GovSiteAudit.Auditing;
using GovSiteAudit.Cli;
using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Crawl;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// End to end over the hostile web: one `audit` run over a list mixing good sites with every kind of broken one
/// finishes within its budget, gives each row its specific status and words, and scores the good sites.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class HostileAuditTests
{
    private static readonly string Rubric = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit", "audit-test.yaml");
    private FaultServer _faults = null!;
    private FixtureServer _selfSigned = null!;
    private string _dir = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _faults = await FaultServer.StartAsync();
        _selfSigned = await FixtureServer.StartHttpsAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "faults"), FaultServer.Certificates.SelfSigned());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _faults.DisposeAsync();
        await _selfSigned.DisposeAsync();
    }

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-hostile-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public async Task Hostile_list_gives_every_row_its_status_within_budget()
    {
        var web = _faults.Web.BaseUrl;
        var good = _faults.Url("/");
        var expected = new Dictionary<string, string>
        {
            [good] = "ok",
            [$"https://127.0.0.1:{web.Port}/"] = "ok", // Written without a scheme: https fails, http works.
            [_faults.Url(FaultServer.Paths.Inner5xx)] = "ok",
            [_faults.Url(FaultServer.Paths.Dialogs)] = "ok",
            [_faults.Url(FaultServer.Paths.Popups)] = "ok",
            [_faults.Url(FaultServer.Paths.Gbk)] = "ok",
            [_faults.Url(FaultServer.Paths.MetaRefresh)] = "ok",
            [_selfSigned.BaseUrl.AbsoluteUri] = "ok",
            [_faults.Url(FaultServer.Paths.NotFound)] = "http_error",
            [_faults.Url(FaultServer.Paths.Unavailable)] = "server_error",
            [_faults.Silent.BaseUrl.AbsoluteUri] = "timeout",
            [_faults.Reset.BaseUrl.AbsoluteUri] = "connection_reset",
            [_faults.Garbage.BaseUrl.AbsoluteUri] = "invalid_response",
            [FixtureServer.ClosedPortUrl().AbsoluteUri] = "connection_refused",
            ["http://no-such-agency.invalid/"] = "dns",
            [_faults.Url(FaultServer.Paths.Loop)] = "too_many_redirects",
            [_faults.Url(FaultServer.Paths.Pdf)] = "not_html",
            [_faults.Url(FaultServer.Paths.Binary)] = "not_html",
        };
        var lines = expected.Keys.Select(u => u.StartsWith("https://127.0.0.1:" + web.Port, StringComparison.Ordinal) ? u["https://".Length..] : u).ToList();
        lines.InsertRange(3, ["# bad lines among good ones", "ftp://files.example.gov.tw/", "javascript:alert(1)", good]);
        var list = Path.Combine(_dir, "sites.txt");
        await File.WriteAllLinesAsync(list, lines);
        var outDir = Path.Combine(_dir, "out");
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var code = await CliApp.RunAsync(
            ["audit", list, "--rubric", Rubric, "--out", outDir, "--allow-private-network", "--timeout", "6", "--max-pages", "4", "-j", "3", "-q"],
            output, error, CancellationToken.None);

        // 18 sites, three at a time; the slowest (a silent server) takes two 6 s attempts and a 2 s pause.
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(150)), "the whole run stays within its budget");
        Assert.That(code, Is.EqualTo(0), error.ToString());
        Assert.That(error.ToString(), Does.Contain($"{list}:5: unsupported scheme 'ftp:'").And.Contain($"{list}:6: unsupported scheme 'javascript:'")
            .And.Contain($"{list}:7: duplicate of {list}:1"));
        var rows = CsvTable.ReadRecords(Path.Combine(outDir, "scores.csv"));
        Assert.That(rows.ToDictionary(r => r["url"], r => r["status"]), Is.EquivalentTo(expected));
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var status = SiteStatus.Parse(row["status"]);
                if (status == SiteStatus.Ok)
                {
                    Assert.That(row["total"], Is.Not.Empty, $"{row["url"]} is scored");
                    Assert.That(int.Parse(row["pages"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
                }
                else
                {
                    Assert.That(row["error"], Does.EndWith(status.IsTransient ? "(transient; retried once)" : "(permanent; not retried)"), row["url"]);
                    if (row["pages"] == "0")
                    {
                        Assert.That(row["total"], Is.Empty, $"{row["url"]} has no page read and no score");
                    }
                }
            }
        });
        var assumed = rows.Single(r => r["url"] == $"https://127.0.0.1:{web.Port}/");
        Assert.That(assumed["final_url"], Is.EqualTo(good));
        Assert.That(assumed["error"], Does.StartWith("no scheme was given and https failed (tls); http was used"));
        Assert.That(rows.Single(r => r["url"] == _faults.Url(FaultServer.Paths.Inner5xx))["pages"], Is.EqualTo("2"), "scored from the pages that answered");
        Assert.That(rows.Single(r => r["url"] == _faults.Url(FaultServer.Paths.NotFound))["error"], Does.Contain("answered HTTP 404"));
        // (http:// and https:// of one host:port share a site file name, so count the files by name.)
        var siteFiles = expected.Keys.Select(u => GovSiteAudit.Targets.SiteFileName.For(u) + ".json").Distinct().ToList();
        Assert.That(Directory.GetFiles(Path.Combine(outDir, "sites"), "*.json").Select(Path.GetFileName), Is.EquivalentTo(siteFiles));
        Assert.That(output.ToString(), Does.Contain($"Audited {expected.Count} site(s)").And.Contain("8 ok, 10 failed"));
    }

    private string KillerUrl() => new UriBuilder(_faults.Url("/killer-site")) { Host = "localhost" }.Uri.AbsoluteUri;

    [Test]
    public async Task Sites_in_flight_when_the_browser_dies_are_retried_once_and_later_sites_are_untouched()
    {
        var browser = await TestBrowser.LocateAsync();
        var options = new CrawlOptions { AllowPrivateNetwork = true, PageTimeout = TimeSpan.FromSeconds(10), MaxPages = 2 };
        await using var crawler = await SiteCrawler.LaunchAsync(browser, options, CancellationToken.None);
        var pid = await FaultTests.BrowserProcessIdAsync(crawler);
        var kills = 0;
        var slowStarted = new TaskCompletionSource();
        _faults.Web.MapRoute("/slow-site", async context =>
        {
            slowStarted.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(2), context.RequestAborted);
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<title>Slow site</title><h1>slow</h1>");
        });
        _faults.Web.MapRoute("/killer-site", async context =>
        {
            if (Interlocked.Increment(ref kills) == 1)
            {
                await slowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10)); // The slow site is surely in flight.
                Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<title>Killer site</title><h1>ok</h1>");
        });
        var rubric = RubricLoader.Load(Rubric);
        // The killer site is addressed as "localhost": per-host politeness would otherwise queue it behind the
        // slow site, and the slow site would never be in flight when the browser dies.
        string Target(string path) => path == "/killer-site" ? KillerUrl() : _faults.Url(path);
        var targets = new TargetList(
            [.. new[] { "/slow-site", "/killer-site", "/" }.Select((p, i) => new AuditTarget(Target(p), new Dictionary<string, string>(), "test", i + 1))], [], []);
        var runner = new AuditRunner(new AuditOptions(rubric, _dir, Concurrency: 2) { RetryBackoff = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);

        var summary = await runner.RunAsync(crawler, targets, CancellationToken.None);

        Assert.That(summary.Ok, Is.EqualTo(3));
        var rows = CsvTable.ReadRecords(Path.Combine(_dir, "scores.csv")).ToDictionary(r => r["url"]);
        Assert.That(rows[_faults.Url("/slow-site")]["error"], Does.StartWith("recovered when retried once after browser_error"));
        Assert.That(rows[KillerUrl()]["error"], Does.StartWith("recovered when retried once after browser_error"));
        Assert.That(rows[_faults.Url("/")]["error"], Is.Empty, "a site started after the restart is not retried");
        Assert.That(kills, Is.EqualTo(2), "the killer site was crawled twice: once when the browser died, once on retry");
    }

    [Test]
    public async Task List_with_no_usable_target_is_exit_2_naming_each_line()
    {
        var list = Path.Combine(_dir, "bad.txt");
        await File.WriteAllTextAsync(list, "# nothing usable\nfile:///etc/passwd\ndata:text/html,hi\n\n");
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["audit", list, "--out", Path.Combine(_dir, "o"), "--no-install"], new StringWriter(), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain($"{list}:2: unsupported scheme 'file:'").And.Contain($"{list}:3: unsupported scheme 'data:'")
            .And.Contain("error: no usable target in the input; nothing to audit."));
    }

    [Test]
    public async Task Csv_without_a_url_column_is_exit_2_naming_the_columns()
    {
        var list = Path.Combine(_dir, "agencies.csv");
        await File.WriteAllTextAsync(list, "\uFEFFwebsite,agency\nhttps://a.gov.tw,A\n");
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["audit", list, "--out", Path.Combine(_dir, "o"), "--no-install"], new StringWriter(), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.StartWith($"error: {list}:1: no 'url' column in the header (found: 'website', 'agency')"));
    }
}
