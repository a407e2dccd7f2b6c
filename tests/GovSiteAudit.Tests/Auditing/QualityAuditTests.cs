using System.Text.Json.Nodes;
using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Detection;
using Microsoft.Extensions.Time.Testing;
using NJsonSchema;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// The quality measurements through the whole pipeline without a browser (hand-built snapshots): days since update
/// counted to the audit time of a <see cref="FakeTimeProvider"/>, the scores.csv columns, links.csv, sites/*.json,
/// results.json against its schema, report.html, and rescore re-evaluating metric rules offline with the audit's time.
/// </summary>
public sealed class QualityAuditTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly Rubric MetricRubric = RubricLoader.Parse("""
        id: q
        name: Quality
        dimensions:
          - id: quality
            name: Quality
            weight: 1
            indicators:
              - {id: fast, name: Fast, weight: 1, rule: {metric: {metric: load_ms, max: 3000}}}
              - {id: links, name: Links, weight: 1, rule: {metric: {metric: broken_link_ratio, max: 0.02}}}
              - {id: fresh, name: Fresh, weight: 1, rule: {metric: {metric: days_since_update, max: 30}}}
              - {id: search, name: Search, weight: 1, rule: {metric: {metric: search_works, equals: true}}}
              - {id: phone, name: Phone, weight: 1, rule: {metric: {metric: mobile_overflow, equals: false}}}
        """, "q.yaml");

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("gsa-quality-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private sealed class MeasuredCrawler : ISiteCrawler
    {
        public Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct)
        {
            var measurements = MetricRuleTests.Typical with
            {
                Links = new LinkCheck(12, 10, [new BrokenLink("=cmd|' /C calc'!A0", targetUrl, "惡意", 404, "HTTP 404"), new BrokenLink(targetUrl + "gone", targetUrl, "舊頁", 0, "no answer within 10 s")], null),
            };
            var snapshot = new SiteSnapshot(targetUrl, targetUrl, [Sites.Page("<html><body><p>更新日期：民國114年11月21日</p></body></html>", targetUrl)], SiteFacts.Empty)
            {
                Measurements = measurements,
            };
            return Task.FromResult(new CrawlResult(snapshot, SiteStatus.Ok, null));
        }
    }

    private static TargetList Targets(params string[] urls) =>
        new(urls.Select((u, i) => new AuditTarget(u, new Dictionary<string, string>(), "list.txt", i + 1)).ToList(), [], []);

    private async Task<string> AuditAsync(FakeTimeProvider time)
    {
        var dir = Path.Combine(_dir, "audit");
        var runner = new AuditRunner(new AuditOptions(MetricRubric, dir, 1, ReportFormats.Csv | ReportFormats.Json | ReportFormats.Html, SaveSnapshots: true), time);
        await runner.RunAsync(new MeasuredCrawler(), Targets("https://a.gov.tw/"), CancellationToken.None);
        return dir;
    }

    [Test]
    public async Task Measurements_reach_every_output_and_days_count_to_the_audit_time()
    {
        var dir = await AuditAsync(new FakeTimeProvider(Now));

        var scores = CsvTable.ReadRecords(Path.Combine(dir, "scores.csv")).Single();
        Assert.That(scores["ttfb_ms"], Is.EqualTo("120"));
        Assert.That(scores["load_ms"], Is.EqualTo("2400"));
        Assert.That(scores["lcp_ms"], Is.EqualTo("1900"));
        Assert.That(scores["page_bytes"], Is.EqualTo("512000"));
        Assert.That(scores["requests"], Is.EqualTo("31"));
        Assert.That(scores["mobile_overflow"], Is.EqualTo("false"));
        Assert.That(scores["days_since_update"], Is.EqualTo("10"));
        Assert.That(scores["links_checked"], Is.EqualTo("10"));
        Assert.That(scores["broken_links"], Is.EqualTo("2"));
        Assert.That(scores["search_works"], Is.EqualTo("true"));
        Assert.That(scores["quality"], Is.EqualTo("80"), "all but working links (2 of 10 broken)");

        var indicators = CsvTable.ReadRecords(Path.Combine(dir, "indicators.csv"));
        Assert.That(indicators.Single(r => r["indicator"] == "fresh")["evidence"], Does.Contain("2025-11-21").And.Contain("days_since_update = 10"));

        var linksPath = Path.Combine(dir, LinksCsvWriter.FileName);
        Assert.That(File.ReadAllBytes(linksPath)[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 BOM for Excel");
        var links = CsvTable.Read(linksPath);
        Assert.That(links[0], Is.EqualTo(LinksCsvWriter.Columns));
        Assert.That(links.Skip(1).Select(r => r[2]), Is.EqualTo(new[] { "'=cmd|' /C calc'!A0", "https://a.gov.tw/gone" }), "a formula never runs");
        Assert.That(links[2][3], Is.Empty, "no status when nothing answered");
        Assert.That(links[2][4], Is.EqualTo("no answer within 10 s"));

        var site = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "sites", SiteFileName.For("https://a.gov.tw/") + ".json")))!;
        Assert.That(site["quality"]!["days_since_update"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(site["quality"]!["freshness"]!["date"]!.GetValue<string>(), Is.EqualTo("2025-11-21"));
        Assert.That(site["quality"]!["measurements"]!["search"]!["query"]!.GetValue<string>(), Is.EqualTo("最新消息"));

        var resultsPath = Path.Combine(dir, "results.json");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "results.schema.json"));
        Assert.That(schema.Validate(await File.ReadAllTextAsync(resultsPath)), Is.Empty);
        var results = JsonNode.Parse(await File.ReadAllTextAsync(resultsPath))!;
        Assert.That(results["sites"]![0]!["quality"]!["broken_link_ratio"]!.GetValue<double>(), Is.EqualTo(0.2));

        var html = await File.ReadAllTextAsync(Path.Combine(dir, "report.html"));
        Assert.That(html, Does.Contain("id=\"quality\"").And.Contain("class=\"quality-load\"").And.Contain("class=\"quality-broken\"").And.Contain("class=\"quality-days\""));
        Assert.That(html, Does.Contain("data-bin=\"&lt;1 s\" data-count=\"0\"").And.Contain("data-bin=\"1–2.5 s\" data-count=\"1\""), "2400 ms");
        Assert.That(html, Does.Contain("class=\"broken-links\"").And.Contain("search-probe\" data-works=\"true\""));
        Assert.That(html, Does.Not.Contain("<script>alert").And.Contain("=cmd|&#39; /C calc&#39;!A0"));
    }

    [Test]
    public async Task Rescore_reevaluates_metric_rules_offline_with_the_audit_time()
    {
        var dir = await AuditAsync(new FakeTimeProvider(Now));
        var stricter = RubricLoader.Parse("""
            id: q2
            name: Stricter
            dimensions:
              - id: quality
                name: Quality
                weight: 1
                indicators:
                  - {id: fresh, name: Fresh, weight: 1, rule: {metric: {metric: days_since_update, max: 9}}}
                  - {id: fast, name: Fast, weight: 1, rule: {metric: {metric: load_ms, max: 2500}}}
            """, "q2.yaml");

        // Rescored a year later: days still count to the audit's time, kept in the snapshot, not to the rescore's.
        var later = new FakeTimeProvider(Now.AddYears(1));
        Rescorer.Run(new Rescorer.Options(MetricRubric, dir, Path.Combine(_dir, "same")), later, CancellationToken.None);
        Rescorer.Run(new Rescorer.Options(stricter, dir, Path.Combine(_dir, "strict")), later, CancellationToken.None);

        Assert.That(File.ReadAllLines(Path.Combine(_dir, "same", "indicators.csv")), Is.EqualTo(File.ReadAllLines(Path.Combine(dir, "indicators.csv"))));
        var strict = CsvTable.ReadRecords(Path.Combine(_dir, "strict", "indicators.csv"));
        Assert.That(strict.Single(r => r["indicator"] == "fresh")["found"], Is.EqualTo("false"), "10 days > 9");
        Assert.That(strict.Single(r => r["indicator"] == "fast")["found"], Is.EqualTo("true"));
        Assert.That(CsvTable.ReadRecords(Path.Combine(_dir, "strict", "scores.csv")).Single()["days_since_update"], Is.EqualTo("10"));
    }
}
