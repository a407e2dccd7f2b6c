using GovSiteAudit.Cli;
using GovSiteAudit.Cli.Commands;
using GovSiteAudit.Reporting;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Research;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;
using static GovSiteAudit.Tests.Support.CliInProcess;

namespace GovSiteAudit.Tests.Cli.Commands;

/// <summary>The report, snapshot and CI-gate options, and the rescore/compare/agreement commands.</summary>
public sealed class ReportOptionsTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-cli-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public void Audit_report_options_map_to_settings()
    {
        var result = CliApp.Parse(["audit", "https://a.gov.tw", "--format", "csv,JSON", "--format", "html", "--save-snapshots",
            "--fail-under", "55.5", "--fail-under-dimension", "security=60", "--fail-under-dimension", "usability = 40", "--junit", "ci/junit.xml"]);

        Assert.That(result.Errors, Is.Empty);
        var settings = AuditCommand.ToSettings(result);
        Assert.That(settings.Formats, Is.EqualTo(ReportFormats.Csv | ReportFormats.Json | ReportFormats.Html));
        Assert.That(settings.SaveSnapshots, Is.True);
        Assert.That(settings.Gate!.MinimumTotal, Is.EqualTo(55.5));
        Assert.That(settings.Gate.MinimumByDimension, Is.EqualTo(new Dictionary<string, double> { ["security"] = 60, ["usability"] = 40 }));
        Assert.That(settings.JUnitPath, Is.EqualTo("ci/junit.xml"));
    }

    [Test]
    public void Without_report_options_only_csv_and_no_gate()
    {
        var settings = AuditCommand.ToSettings(CliApp.Parse(["audit", "https://a.gov.tw"]));

        Assert.That(settings.Formats, Is.EqualTo(ReportFormats.Csv));
        Assert.That(settings.SaveSnapshots, Is.False);
        Assert.That(settings.Gate, Is.Null);
        Assert.That(settings.JUnitPath, Is.Null);
    }

    [TestCase(new[] { "audit", "https://a.gov.tw", "--format", "csv,pdf" }, "unknown format 'pdf'")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under", "101" }, "--fail-under must be a score from 0 to 100")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under", "high" }, "high")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under-dimension", "security" }, "'security' is not ID=SCORE")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under-dimension", "security=abc" }, "'security=abc' is not ID=SCORE")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under-dimension", "=50" }, "'=50' is not ID=SCORE")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--fail-under-dimension", "security=-5" }, "'security=-5' is not ID=SCORE")]
    [TestCase(new[] { "rescore", "run", "--format", "xml" }, "unknown format 'xml'")]
    [TestCase(new[] { "rescore" }, "Required argument missing for command: 'rescore'")]
    [TestCase(new[] { "compare", "old" }, "Required argument missing for command: 'compare'")]
    [TestCase(new[] { "agreement", "run" }, "Required argument missing for command: 'agreement'")]
    public void Invalid_report_options_are_parse_errors(string[] args, string expected)
    {
        Assert.That(CliApp.Parse(args).Errors.Select(e => e.Message), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Bad_threshold_exits_2_before_anything_runs()
    {
        var (code, _, error) = await RunAsync("audit", "https://a.gov.tw", "--fail-under-dimension", "security:60", "--no-install");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("error: --fail-under-dimension: 'security:60' is not ID=SCORE"));
    }

    [Test]
    public void Rescore_maps_its_settings_and_defaults_out_under_the_run()
    {
        var settings = RescoreCommand.ToSettings(CliApp.Parse(["rescore", "runs/a", "--rubric", "r.yaml", "--format", "json", "--fail-under", "10"]));

        Assert.That(settings.RunDirectory, Is.EqualTo("runs/a"));
        Assert.That(settings.Rubric, Is.EqualTo("r.yaml"));
        Assert.That(settings.OutputDirectory, Is.EqualTo(Path.Combine("runs/a", "rescore")));
        Assert.That(settings.Formats, Is.EqualTo(ReportFormats.Csv | ReportFormats.Json));
        Assert.That(settings.Gate!.MinimumTotal, Is.EqualTo(10));
        Assert.That(RescoreCommand.ToSettings(CliApp.Parse(["rescore", "runs/a", "-o", "x"])).OutputDirectory, Is.EqualTo("x"));
    }

    [TestCase("audit", "--save-snapshots")]
    [TestCase("audit", "--fail-under-dimension")]
    [TestCase("rescore", "--junit")]
    [TestCase("compare", "compare.csv")]
    [TestCase("agreement", "Cohen")]
    public async Task Help_describes_the_new_options_and_commands(string command, string expected)
    {
        var (code, output, _) = await RunAsync(command, "--help");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain(expected).And.Contain("Examples:"));
    }

    private (string Old, string New) TwoRuns()
    {
        var old = RunDirectories.Write(Path.Combine(_dir, "old"), [("https://a.gov.tw/", "ok", "50", "50", "50")],
            [("https://a.gov.tw/", "d1", "i1", true), ("https://a.gov.tw/", "d2", "i2", false)]);
        var @new = RunDirectories.Write(Path.Combine(_dir, "new"), [("https://a.gov.tw/", "ok", "0", "100", "50")],
            [("https://a.gov.tw/", "d1", "i1", false), ("https://a.gov.tw/", "d2", "i2", true)]);
        return (old, @new);
    }

    [Test]
    public async Task Compare_prints_the_changes_and_writes_compare_csv_in_the_new_run()
    {
        var (old, @new) = TwoRuns();

        var (code, output, error) = await RunAsync("compare", old, @new);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("1 site(s) compared, 1 changed.").And.Contain("+ i2").And.Contain("- i1"));
        Assert.That(CsvTable.ReadRecords(Path.Combine(@new, "compare.csv")).Select(r => r["change"]), Is.EqualTo(new[] { "gained", "lost", "score", "score" }));
    }

    [Test]
    public async Task Compare_of_a_missing_directory_exits_2()
    {
        var (code, _, error) = await RunAsync("compare", Path.Combine(_dir, "nope"), Path.Combine(_dir, "nope2"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no such run directory").And.Not.Contain("   at "));
    }

    [Test]
    public async Task Agreement_prints_kappa_and_writes_agreement_csv()
    {
        var (_, run) = TwoRuns();
        var human = Path.Combine(_dir, "coder.csv");
        await File.WriteAllTextAsync(human, "url,indicator,found\nhttps://a.gov.tw/,i1,no\nhttps://a.gov.tw/,i2,yes\n");
        var csv = Path.Combine(_dir, "out", "agree.csv");

        var (code, output, error) = await RunAsync("agreement", run, human, "--csv", csv);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Overall Cohen's κ = 1"));
        Assert.That(CsvTable.ReadRecords(csv).Single(r => r["scope"] == "overall")["n"], Is.EqualTo("2"));
    }

    [Test]
    public async Task Agreement_with_a_bad_label_exits_2_naming_the_line()
    {
        var (_, run) = TwoRuns();
        var human = Path.Combine(_dir, "coder.csv");
        await File.WriteAllTextAsync(human, "url,indicator,found\nhttps://a.gov.tw/,i1,no\nhttps://a.gov.tw/,i2,perhaps\n");

        var (code, _, error) = await RunAsync("agreement", run, human);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("coder.csv:3: 'found' is 'perhaps'"));
    }

    [Test]
    public async Task Rescore_of_a_directory_without_snapshots_exits_2_saying_how_to_get_them()
    {
        var (code, _, error) = await RunAsync("rescore", _dir, "--rubric", RubricFile);

        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--save-snapshots"));
    }

    private static string RubricFile => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit", "audit-test.yaml");

    /// <summary>Needs the real rubric loader (RubricLoader.Load of the audit-test fixture rubric).</summary>
    [Test]
    public async Task Rescore_writes_reports_and_exits_3_naming_sites_below_the_gate()
    {
        var run = Path.Combine(_dir, "run");
        var target = new AuditTarget("https://a.gov.tw/", new Dictionary<string, string> { ["agency"] = "臺中市政府" }, "list.csv", 2);
        SnapshotStore.WriteManifest(run, ["agency"], [target]);
        SnapshotStore.Save(run, new SavedSite(SnapshotStore.FormatVersion, target, Snapshots.SnapshotStoreTests.RichSnapshot(target.Url), SiteStatus.Ok, null, 2, DateTimeOffset.UnixEpoch));
        var junit = Path.Combine(_dir, "junit.xml");

        var (code, output, error) = await RunAsync("rescore", run, "--rubric", RubricFile, "--out", Path.Combine(_dir, "out"),
            "--format", "csv,json,html", "--fail-under-dimension", "interactivity=50", "--junit", junit);

        Assert.That(code, Is.EqualTo(3), error);
        Assert.That(error, Does.Contain("https://a.gov.tw/: interactivity 0 is below 50"));
        Assert.That(output, Does.Contain("Rescored 1 site(s)").And.Contain("report.html"));
        foreach (var file in new[] { "scores.csv", "indicators.csv", "results.json", "report.html" })
        {
            Assert.That(File.Exists(Path.Combine(_dir, "out", file)), Is.True, file);
        }
        Assert.That(File.ReadAllText(junit), Does.Contain("<failure"));
        Assert.That(CsvTable.ReadRecords(Path.Combine(_dir, "out", "indicators.csv")).Single(r => r["indicator"] == "faq")["found"], Is.EqualTo("true"));
    }

    /// <summary>Needs the real rubric loader.</summary>
    [Test]
    public async Task Unknown_gate_dimension_is_bad_input()
    {
        var run = Path.Combine(_dir, "run");
        SnapshotStore.WriteManifest(run, [], []);
        var (code, _, error) = await RunAsync("rescore", run, "--rubric", RubricFile, "--fail-under-dimension", "securty=50");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("has no dimension 'securty'"));
    }
}
