using GovSiteAudit.Auditing;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

public sealed class RunMergerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("gsa-merge-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Run(string name, Rubric rubric, IReadOnlyList<string> metadata, params (string Url, Dictionary<string, string> Meta)[] sites)
    {
        var dir = Path.Combine(_dir, name);
        using var writer = new CsvReportWriter(dir, rubric, metadata);
        foreach (var (url, meta) in sites)
        {
            var site = TestData.Audit(url, meta);
            writer.Write(site);
            SiteJsonWriter.Write(dir, site);
        }

        return dir;
    }

    [Test]
    public void Metadata_columns_are_unioned_and_a_url_in_two_runs_is_kept_once()
    {
        var rubric = TestData.TwoDimensionRubric();
        var a = Run("a", rubric, ["agency"], ("https://a.gov.tw/", new() { ["agency"] = "A" }), ("https://c.gov.tw/", new() { ["agency"] = "C" }));
        var b = Run("b", rubric, ["level", "agency"], ("https://b.gov.tw/", new() { ["agency"] = "B", ["level"] = "county" }), ("https://c.gov.tw/", new() { ["agency"] = "C2", ["level"] = "x" }));
        var output = Path.Combine(_dir, "all");

        var summary = RunMerger.Merge([a, b], output);

        Assert.That(summary.Sites, Is.EqualTo(3));
        Assert.That(summary.Warnings, Has.Some.Contains("https://c.gov.tw/ is in both").And.Some.Contains("kept the first"));
        var scores = CsvTable.Read(Path.Combine(output, "scores.csv"));
        Assert.That(scores[0], Is.EqualTo((string[])["url", "final_url", "status", "error", "agency", "level", "security", "self_service", "total", "pages", "seconds", .. GovSiteAudit.Reporting.AccessibilitySummary.Columns]));
        var rows = CsvTable.ReadRecords(Path.Combine(output, "scores.csv"));
        Assert.That(rows.Select(r => (r["url"], r["agency"], r["level"])), Is.EqualTo(new[]
        {
            ("https://a.gov.tw/", "A", ""), ("https://c.gov.tw/", "C", ""), ("https://b.gov.tw/", "B", "county"),
        }));
        Assert.That(rows[0]["total"], Is.EqualTo("66.7"));
        var indicators = CsvTable.ReadRecords(Path.Combine(output, "indicators.csv"));
        Assert.That(indicators, Has.Count.EqualTo(9), "three indicators for each of three sites, c once");
        Assert.That(indicators.Single(r => r["url"] == "https://a.gov.tw/" && r["indicator"] == "faq")["evidence"], Does.StartWith("'="), "escaping kept, not doubled");
        Assert.That(Directory.GetFiles(Path.Combine(output, "sites")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.gov.tw.json", "b.gov.tw.json", "c.gov.tw.json" }));
    }

    [Test]
    public void Runs_of_different_rubrics_are_refused()
    {
        var a = Run("a", TestData.TwoDimensionRubric(), [], ("https://a.gov.tw/", new()));
        var other = TestData.TwoDimensionRubric() with { Dimensions = TestData.TwoDimensionRubric().Dimensions.Take(1).ToList() };
        var b = Run("b", other, [], ("https://b.gov.tw/", new()));

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a, b], Path.Combine(_dir, "all")));

        Assert.That(e!.Message, Does.Contain("dimension columns").And.Contain("same rubric"));
    }

    [Test]
    public void Missing_input_or_output_among_inputs_is_refused()
    {
        var a = Run("a", TestData.TwoDimensionRubric(), [], ("https://a.gov.tw/", new()));

        Assert.That(() => RunMerger.Merge([a, Path.Combine(_dir, "none")], Path.Combine(_dir, "all")), Throws.InstanceOf<MergeException>().With.Message.Contains("not found"));
        Assert.That(() => RunMerger.Merge([a], a), Throws.InstanceOf<MergeException>().With.Message.Contains("cannot also be an input"));
    }
}
