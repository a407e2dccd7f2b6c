using GovSiteAudit.Auditing;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

public sealed class RunMergerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-merge-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

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
        Assert.That(scores[0], Is.EqualTo((string[])["url", "final_url", "status", "error", "agency", "level", "security", "self_service", "total", "pages", "seconds", .. GovSiteAudit.Reporting.AccessibilitySummary.Columns, .. GovSiteAudit.Results.QualitySummary.Columns]));
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

    private static Rubric ParseRubric(double faqWeight) => RubricLoader.Parse(
        "id: test\nname: Test\ndimensions:\n" +
        "  - id: security\n    name: Security\n    weight: 2\n    indicators:\n" +
        "      - {id: https, name: HTTPS, weight: 1, rule: {scheme: https}}\n" +
        "      - {id: privacy_policy, name: Privacy, weight: 1, rule: {link_text: {keywords: [privacy]}}}\n" +
        "  - id: self_service\n    name: Self-service\n    weight: 1\n    indicators:\n" +
        $"      - {{id: faq, name: FAQ, weight: {faqWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}, rule: {{link_text: {{keywords: [FAQ]}}}}}}\n",
        "test.yaml");

    /// <summary>A run as an audit writes it: CSVs, site files and run.json.</summary>
    private string AuditedRun(string name, Rubric rubric, params string[] urls)
    {
        var dir = Path.Combine(_dir, name);
        using var outputs = new RunOutputs(dir, rubric, [], ReportFormats.Csv, saveSnapshots: false);
        foreach (var url in urls)
        {
            outputs.Add(TestData.Audit(url));
        }

        return dir;
    }

    [Test]
    public void Runs_of_different_rubrics_with_the_same_dimension_ids_are_refused()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var b = AuditedRun("b", ParseRubric(3), "https://b.gov.tw/");

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a, b], Path.Combine(_dir, "all")));

        Assert.That(e!.Message, Does.Contain("different rubric").And.Contain(a).And.Contain(b));
        Assert.That(Directory.Exists(Path.Combine(_dir, "all", "sites")), Is.False, "nothing was written");
    }

    [Test]
    public void Runs_of_one_rubric_merge_and_the_merge_records_it()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var b = AuditedRun("b", ParseRubric(1), "https://b.gov.tw/");
        var all = Path.Combine(_dir, "all");

        var summary = RunMerger.Merge([a, b], all);

        Assert.That(summary.Sites, Is.EqualTo(2));
        Assert.That(summary.Warnings, Is.Empty);
        Assert.That(RunInfo.Read(all)!.RubricFingerprint, Is.EqualTo(ParseRubric(1).Fingerprint).And.StartWith("sha256:"));
        Assert.That(() => RunMerger.Merge([all, AuditedRun("c", ParseRubric(3), "https://c.gov.tw/")], Path.Combine(_dir, "again")),
            Throws.InstanceOf<MergeException>(), "a merged run is checked like any other");
    }

    [Test]
    public void A_run_without_a_recorded_rubric_is_merged_on_its_dimension_columns_with_a_warning()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var old = Run("old", ParseRubric(1), [], ("https://b.gov.tw/", new()));

        var summary = RunMerger.Merge([a, old], Path.Combine(_dir, "all"));

        Assert.That(summary.Sites, Is.EqualTo(2));
        Assert.That(summary.Warnings, Has.Some.Contains(old).And.Some.Contains("run.json"));
    }

    [Test]
    public void Merging_into_a_directory_that_is_not_empty_is_refused_and_it_is_left_as_it_was()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var all = Path.Combine(_dir, "all");
        Directory.CreateDirectory(Path.Combine(all, "sites"));
        File.WriteAllText(Path.Combine(all, "sites", "stale.gov.tw.json"), "{}");

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a], all));

        Assert.That(e!.Message, Does.Contain("not empty"));
        Assert.That(Directory.GetFileSystemEntries(all, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(all, p)),
            Is.EquivalentTo(new[] { "sites", Path.Combine("sites", "stale.gov.tw.json") }));
    }

    [Test]
    public void An_empty_output_directory_holding_only_its_lock_is_fine()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var all = Path.Combine(_dir, "all");
        using var held = OutputLock.Acquire(all, "merge");

        Assert.That(RunMerger.Merge([a], all).Sites, Is.EqualTo(1));
    }

    [TestCase("all")]
    [TestCase("x/y/all")]
    public void An_output_inside_an_input_is_refused(string below)
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a], Path.Combine(a, below)));

        Assert.That(e!.Message, Does.Contain("inside the input"));
        Assert.That(Directory.Exists(Path.Combine(a, below)), Is.False);
    }

    [Test]
    public void A_scores_file_that_cannot_be_read_cleanly_is_refused_with_its_line()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/");
        var scores = Path.Combine(a, "scores.csv");
        var lines = File.ReadAllLines(scores);
        lines[2] = lines[2].Replace(",ok,", ",\"ok,", StringComparison.Ordinal);
        File.WriteAllLines(scores, lines);

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a], Path.Combine(_dir, "all")));

        Assert.That(e!.Message, Does.Contain("scores.csv:3:"));
    }

    [Test]
    public async Task A_status_this_tool_does_not_write_is_refused_with_its_file_and_line_and_exit_2()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var b = AuditedRun("b", ParseRubric(1), "https://b.gov.tw/", "https://c.gov.tw/");
        var scores = Path.Combine(b, "scores.csv");
        var lines = File.ReadAllLines(scores);
        lines[2] = lines[2].Replace(",ok,", ",fine,", StringComparison.Ordinal);
        File.WriteAllLines(scores, lines);
        var output = Path.Combine(_dir, "all");

        var e = Assert.Throws<MergeException>(() => RunMerger.Merge([a, b], output));
        var error = new StringWriter();
        var code = await GovSiteAudit.Cli.CliApp.RunAsync(["merge", a, b, "--out", output], new StringWriter(), error, CancellationToken.None);

        Assert.That(e!.Message, Does.StartWith($"{scores}:3: column 'status': 'fine' is not a site status (expected ok, dns,"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain($"{scores}:3: column 'status': 'fine' is not a site status"));
        Assert.That(File.Exists(Path.Combine(output, "scores.csv")), Is.False, "refused before anything is written");
    }

    [Test]
    public async Task The_merge_command_refuses_an_out_inside_an_input_without_creating_it()
    {
        var a = AuditedRun("a", ParseRubric(1), "https://a.gov.tw/");
        var error = new StringWriter();

        var code = await GovSiteAudit.Cli.CliApp.RunAsync(["merge", a, "--out", Path.Combine(a, "all")], new StringWriter(), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("inside the input"));
        Assert.That(Directory.Exists(Path.Combine(a, "all")), Is.False);
    }
}
