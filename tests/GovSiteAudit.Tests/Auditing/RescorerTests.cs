using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

public sealed class RescorerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-rescore-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    /// <summary>Serves hand-built snapshots: the audit runs end to end without a browser or network.</summary>
    private sealed class SnapshotCrawler : ISiteCrawler
    {
        public Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct) => Task.FromResult(targetUrl.Contains("down", StringComparison.Ordinal)
            ? new CrawlResult(new SiteSnapshot(targetUrl, null, [], SiteFacts.Empty), SiteStatus.Dns, "no such host")
            : new CrawlResult(SnapshotStoreTests.RichSnapshot(targetUrl), SiteStatus.Ok, null));
    }

    private static TargetList Targets(params string[] urls) => new(
        urls.Select((u, i) => new AuditTarget(u, new Dictionary<string, string> { ["agency"] = "機關" + i }, "list.csv", i + 2)).ToList(),
        ["agency"], []);

    [Test]
    public void Rescore_of_a_hand_saved_snapshot_gives_the_same_indicator_rows_as_direct_evaluation()
    {
        var rubric = TestData.TwoDimensionRubric();
        var target = new AuditTarget("https://a.gov.tw/", new Dictionary<string, string>(), "command line", 0);
        var crawl = new CrawlResult(SnapshotStoreTests.RichSnapshot(target.Url), SiteStatus.Ok, null);
        var auditedAt = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var direct = AuditRunner.Evaluate(rubric, target, crawl, TimeSpan.FromSeconds(4), auditedAt);
        var runDir = Path.Combine(_dir, "run");
        SnapshotStore.WriteManifest(runDir, [], [target]);
        SnapshotStore.Save(runDir, new SavedSite(SnapshotStore.FormatVersion, target, crawl.Snapshot, crawl.Status, crawl.Error, 4, auditedAt));

        var report = Rescorer.Run(new Rescorer.Options(rubric, runDir, Path.Combine(_dir, "out")), TimeProvider.System, CancellationToken.None);

        Assert.That(direct.Findings.Count(f => f.Found), Is.EqualTo(3), "https, privacy and FAQ are all on the page");
        var expected = CsvReportWriter.IndicatorRows(direct).Select(r => r.ToArray()).ToList();
        var rows = CsvTable.Read(Path.Combine(_dir, "out", "indicators.csv")).Skip(1).ToList();
        Assert.That(rows, Is.EqualTo(expected));
        Assert.That(report.Sites.Single().Score, Is.EqualTo(direct.Score).Using<GovSiteAudit.Scoring.SiteScore>((a, b) =>
            a.Total == b.Total && a.Dimensions.SequenceEqual(b.Dimensions)));
    }

    [Test]
    public async Task Audit_with_snapshots_then_rescore_with_the_same_rubric_reproduces_every_output()
    {
        var rubric = TestData.TwoDimensionRubric();
        var audit = Path.Combine(_dir, "audit");
        var runner = new AuditRunner(new AuditOptions(rubric, audit, 2, ReportFormats.Json | ReportFormats.Html, SaveSnapshots: true), TimeProvider.System);

        var summary = await runner.RunAsync(new SnapshotCrawler(), Targets("https://a.gov.tw/", "https://down.gov.tw/", "https://b.gov.tw/news"), CancellationToken.None);

        Assert.That(summary.Report.Sites.Select(s => s.Url), Is.EquivalentTo(new[] { "https://a.gov.tw/", "https://down.gov.tw/", "https://b.gov.tw/news" }));
        Assert.That(Directory.GetFiles(Path.Combine(audit, "snapshots"), "*.json.gz"), Has.Length.EqualTo(3));
        Assert.That(File.Exists(Path.Combine(audit, "results.json")) && File.Exists(Path.Combine(audit, "report.html")), Is.True);

        var rescored = Path.Combine(_dir, "rescored");
        Rescorer.Run(new Rescorer.Options(rubric, audit, rescored, ReportFormats.Json), TimeProvider.System, CancellationToken.None);

        // The audit writes rows as sites finish (two at once here); the rescore in input order: same rows, maybe another order.
        static List<string> Rows(string path) => CsvTable.Read(path).Select(r => string.Join('\u001f', r)).ToList();
        var auditIndicators = Rows(Path.Combine(audit, "indicators.csv"));
        var rescoredIndicators = Rows(Path.Combine(rescored, "indicators.csv"));
        Assert.That(rescoredIndicators[0], Is.EqualTo(auditIndicators[0]));
        Assert.That(rescoredIndicators, Is.EquivalentTo(auditIndicators));
        var auditScores = CsvTable.Read(Path.Combine(audit, "scores.csv"));
        Assert.That(Rows(Path.Combine(rescored, "scores.csv")), Is.EquivalentTo(Rows(Path.Combine(audit, "scores.csv"))), "metadata and timings included");
        Assert.That(auditScores.Skip(1).Select(r => r[0]), Is.EquivalentTo(new[] { "https://a.gov.tw/", "https://down.gov.tw/", "https://b.gov.tw/news" }));
        Assert.That(File.ReadAllText(Path.Combine(rescored, "sites", "a.gov.tw.json")), Is.EqualTo(File.ReadAllText(Path.Combine(audit, "sites", "a.gov.tw.json"))));
        Assert.That(File.Exists(Path.Combine(rescored, "results.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(rescored, "report.html")), Is.False, "only the formats asked for");
    }

    [Test]
    public async Task Rescore_with_an_edited_rubric_changes_only_what_the_edit_changes()
    {
        var rubric = TestData.TwoDimensionRubric();
        var audit = Path.Combine(_dir, "audit");
        await new AuditRunner(new AuditOptions(rubric, audit, SaveSnapshots: true), TimeProvider.System)
            .RunAsync(new SnapshotCrawler(), Targets("https://a.gov.tw/"), CancellationToken.None);
        var faq = rubric.Dimensions[1].Indicators[0];
        var edited = rubric with
        {
            Dimensions = [rubric.Dimensions[0], rubric.Dimensions[1] with { Indicators = [faq with { Rule = new LinkTextRule(KeywordSet.Of("線上申辦"), Region.Page, PageScope.All, null) }] }],
        };

        var report = Rescorer.Run(new Rescorer.Options(edited, audit, Path.Combine(_dir, "edited")), TimeProvider.System, CancellationToken.None);

        var rows = CsvTable.ReadRecords(Path.Combine(_dir, "edited", "indicators.csv"));
        Assert.That(rows.Single(r => r["indicator"] == "faq")["found"], Is.EqualTo("false"));
        Assert.That(rows.Single(r => r["indicator"] == "https")["found"], Is.EqualTo("true"));
        Assert.That(report.Sites.Single().Score!.Total, Is.EqualTo(66.7));
    }

    [Test]
    public void Missing_snapshots_folder_is_a_snapshot_error()
    {
        Assert.Throws<SnapshotException>(() => Rescorer.Run(new Rescorer.Options(TestData.TwoDimensionRubric(), _dir, Path.Combine(_dir, "o")), TimeProvider.System, CancellationToken.None));
    }
}
