using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Reporting;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>The runner over a scripted crawler: real output files, no browser.</summary>
public sealed class AuditRunnerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("gsa-runner-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

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
}
