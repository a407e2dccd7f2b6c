using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using GovSiteAudit.Tests.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>The runner over a scripted crawler: real output files, no browser.</summary>
public sealed class AuditRunnerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-runner-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private static ScriptedCrawler OkCrawler(IEnumerable<AuditTarget> targets) =>
        new(targets.ToDictionary(t => t.Url, _ => new[] { SiteStatus.Ok }));

    [Test]
    public async Task A_250_character_host_name_neither_stops_the_run_nor_resume()
    {
        var longUrl = $"https://{SiteFileNameTests.LongHost()}/";
        var all = TargetListReader.Read([longUrl, "https://a.gov.tw/", "https://b.gov.tw/"]);
        Assert.That(all.Problems, Is.Empty);
        var options = new AuditOptions(TestData.TwoDimensionRubric(), _dir, Formats: ReportFormats.Json | ReportFormats.Html, SaveSnapshots: true);

        // First run: the long host and a; then --resume with the whole list adds b.
        var first = all with { Targets = all.Targets.Take(2).ToList() };
        var summary = await new AuditRunner(options, TimeProvider.System).RunAsync(OkCrawler(first.Targets), first, CancellationToken.None);
        var state = ResumeState.Prepare(_dir, CsvReportWriter.ScoresHeader(options.Rubric, []));
        var rest = all with { Targets = all.Targets.Where(t => !state.RecordedUrls.Contains(t.Url)).ToList() };
        var resumed = await new AuditRunner(options with { Append = true }, TimeProvider.System).RunAsync(OkCrawler(rest.Targets), rest, CancellationToken.None);

        Assert.That(summary.Report.Sites.Select(s => s.Url), Does.Contain(longUrl));
        Assert.That(rest.Targets.Select(t => t.Url), Is.EqualTo(new[] { "https://b.gov.tw/" }), "the long host was recorded by the first run");
        Assert.That(resumed.Report.Sites, Has.Count.EqualTo(3));
        Assert.That(CsvTable.ReadRecords(Path.Combine(_dir, "scores.csv")).Select(r => r["url"]), Is.EquivalentTo(all.Targets.Select(t => t.Url)));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "sites"), "*.json"), Has.Length.EqualTo(3));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "snapshots"), "*.json.gz"), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task The_next_site_is_crawled_while_the_last_one_is_still_being_detected_and_written()
    {
        // One crawl slot. The first site's row can only be written once the second site's crawl has begun: when
        // detection and writing held the slot, the second crawl never began and the run stalled (the wait below ends it).
        var targets = TargetListReader.Read(["https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/"]);
        var secondCrawlBegan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var crawler = new SignallingCrawler(url => { if (url == "https://b.gov.tw/") { secondCrawlBegan.TrySetResult(); } });
        var progress = new BlockingProgress(secondCrawlBegan.Task);
        var options = new AuditOptions(TestData.TwoDimensionRubric(), _dir, Concurrency: 1);

        var summary = await new AuditRunner(options, TimeProvider.System, progress).RunAsync(crawler, targets, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(progress.Stalled, Is.False, "the first site's row waited for a crawl that never began");
        Assert.That(summary.Report.Sites.Select(s => s.Url), Is.EquivalentTo(targets.Targets.Select(t => t.Url)));
        Assert.That(CsvTable.ReadRecords(Path.Combine(_dir, "scores.csv")), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_row_that_cannot_be_written_stops_the_run_with_that_error()
    {
        // Detection and writing run off the crawl's slot; a failure there must still stop the run, not let it crawl on.
        var targets = TargetListReader.Read(Enumerable.Range(1, 20).Select(i => $"https://s{i}.gov.tw/"));
        var crawler = new SignallingCrawler(_ => { });
        var options = new AuditOptions(TestData.TwoDimensionRubric(), _dir, Concurrency: 2);

        Assert.ThrowsAsync<InvalidOperationException>(() => new AuditRunner(options, TimeProvider.System, new ThrowingProgress()).RunAsync(crawler, targets, CancellationToken.None));
        Assert.That(crawler.Crawled, Is.LessThan(20), "the run stopped instead of crawling every site");
    }

    private sealed class SignallingCrawler(Action<string> began) : ISiteCrawler
    {
        private int _crawled;

        public int Crawled => Volatile.Read(ref _crawled);

        public async Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct)
        {
            Interlocked.Increment(ref _crawled);
            began(targetUrl);
            await Task.Delay(20, ct);
            return new CrawlResult(new SiteSnapshot(targetUrl, targetUrl,
                [new PageSnapshot(targetUrl, 200, "text/html", "t", "<html><body>站</body></html>", new Dictionary<string, string>(), 0, [], [])],
                SiteFacts.Empty), SiteStatus.Ok, null);
        }
    }

    private sealed class BlockingProgress(Task secondCrawlBegan) : IAuditProgress
    {
        public bool Stalled { get; private set; }

        public void Started(int total)
        {
        }

        public void SiteFinished(SiteAudit site, int done, int total)
        {
            if (done == 1 && !secondCrawlBegan.Wait(TimeSpan.FromSeconds(10)))
            {
                Stalled = true;
            }
        }
    }

    private sealed class ThrowingProgress : IAuditProgress
    {
        public void Started(int total)
        {
        }

        public void SiteFinished(SiteAudit site, int done, int total) => throw new InvalidOperationException("the disk is full");
    }

    /// <summary>Every target gets the same page.</summary>
    private sealed class OnePageCrawler(string html) : ISiteCrawler
    {
        public Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct) => Task.FromResult(new CrawlResult(
            new GovSiteAudit.Snapshots.SiteSnapshot(targetUrl, targetUrl,
                [new GovSiteAudit.Snapshots.PageSnapshot(targetUrl, 200, "text/html", "t", html, new Dictionary<string, string>(), 0, [], [])],
                GovSiteAudit.Snapshots.SiteFacts.Empty),
            SiteStatus.Ok, null));
    }

    [Test]
    public async Task Detection_runs_inside_the_site_budget_counts_in_seconds_and_a_timed_out_rule_says_so()
    {
        var rubric = GovSiteAudit.Rubrics.RubricLoader.Parse("""
            id: t
            name: T
            dimensions:
              - id: d
                name: D
                weight: 1
                indicators:
                  - {id: evil, name: Evil, weight: 1, rule: {href: {regex: "(a+)+b"}}}
                  - {id: faq, name: FAQ, weight: 1, rule: {link_text: {keywords: [FAQ]}}}
            """, "evil.yaml");
        var html = "<body><a href=\"/faq\">FAQ</a>" + string.Concat(Enumerable.Range(0, 30).Select(i => $"<a href=\"/{new string('a', 40)}{i}\">x</a>")) + "</body>";
        var targets = TargetListReader.Read(["https://a.gov.tw/"]);
        var options = new AuditOptions(rubric, _dir) { SiteTimeout = TimeSpan.FromSeconds(10) };

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await new AuditRunner(options, TimeProvider.System).RunAsync(new OnePageCrawler(html), targets, CancellationToken.None);
        watch.Stop();

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "30 links × 2 timed-out matches took 60 s before");
        var row = CsvTable.ReadRecords(Path.Combine(_dir, "scores.csv")).Single();
        var seconds = double.Parse(row["seconds"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(seconds, Is.GreaterThanOrEqualTo(0.9), "the 1 s the pattern ran is the site's time");
        Assert.That(row["error"], Does.Contain("not determined").And.Contain("evil"));
        var evil = CsvTable.ReadRecords(Path.Combine(_dir, "indicators.csv")).Single(r => r["indicator"] == "evil");
        Assert.That(evil["found"], Is.EqualTo("false"));
        Assert.That(evil["evidence"], Does.Contain("timed out"));
        Assert.That(await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(_dir, "sites")).Single()), Does.Contain("\"note\""));
    }

    [Test]
    public async Task After_resume_the_snapshot_manifest_lists_every_target_of_the_run()
    {
        var all = TargetListReader.Read(["https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/"]);
        var options = new AuditOptions(TestData.TwoDimensionRubric(), _dir, SaveSnapshots: true);
        // The first run got as far as a; the resumed one audits b and c.
        var first = all with { Targets = all.Targets.Take(1).ToList() };
        await new AuditRunner(options, TimeProvider.System).RunAsync(OkCrawler(first.Targets), first, CancellationToken.None);
        var rest = all with { Targets = all.Targets.Skip(1).ToList() };

        await new AuditRunner(options with { Append = true }, TimeProvider.System).RunAsync(OkCrawler(rest.Targets), rest, CancellationToken.None);

        var manifest = GovSiteAudit.Snapshots.SnapshotStore.LoadManifest(_dir);
        Assert.That(manifest.Targets, Is.EqualTo(all.Targets.Select(t => t.Url)));
        var rescored = Path.Combine(_dir, "rescored");
        var report = Rescorer.Run(new Rescorer.Options(options.Rubric, _dir, rescored), TimeProvider.System, CancellationToken.None);
        Assert.That(report.Sites.Select(s => s.Url), Is.EquivalentTo(all.Targets.Select(t => t.Url)));
    }
}
