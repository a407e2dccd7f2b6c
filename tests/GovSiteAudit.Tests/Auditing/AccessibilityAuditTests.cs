using GovSiteAudit.Reporting;
using GovSiteAudit.Tests.Crawl;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;
using static GovSiteAudit.Tests.Support.CliInProcess;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// The accessibility options of <c>audit</c> end to end, in the real browser: what --accessibility selects, a rubric
/// with an axe rule forcing the home page, bad values refused (exit 2), and --save-snapshots feeding rescore offline.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class AccessibilityAuditTests
{
    private FixtureServer _site = null!;
    private string _out = "";

    [OneTimeSetUp]
    public async Task Start() => _site = await FixtureServer.StartAsync(AccessibilityScanTests.Site);

    [OneTimeTearDown]
    public async Task Stop() => await _site.DisposeAsync();

    [SetUp]
    public void SetUp() => _out = TempFolder.Create("gsa-a11y-audit-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_out);

    private string[] Audit(string outDir, params string[] extra) =>
        ["audit", _site.Url("aria.html"), "--out", outDir, "--allow-private-network", "--no-install", "--depth", "0", "-j", "1", .. extra];

    private string RubricWithout()
    {
        var path = Path.Combine(_out, "no-axe.yaml");
        File.WriteAllText(path, GovSiteAudit.Tests.Rubrics.RubricText.WithRule("{scheme: https}"));
        return path;
    }

    [Test]
    public async Task Off_with_a_rubric_without_axe_measures_nothing()
    {
        var dir = Path.Combine(_out, "off");
        var (code, _, error) = await RunAsync(Audit(dir, "--accessibility", "off", "--rubric", RubricWithout()));

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(CsvTable.Read(Path.Combine(dir, AccessibilityCsvWriter.FileName)), Has.Count.EqualTo(1), "header only");
        Assert.That(CsvTable.ReadRecords(Path.Combine(dir, "scores.csv")).Single()["a11y_pages_tested"], Is.Empty);
    }

    [Test]
    public async Task A_rubric_with_an_axe_rule_tests_the_home_page_even_when_off()
    {
        var dir = Path.Combine(_out, "forced");
        var (code, _, error) = await RunAsync(Audit(dir, "--accessibility", "off"));

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("The rubric 'crm-egov' scores axe-core results: the home page of each site is tested although --accessibility is off."));
        var rows = CsvTable.ReadRecords(Path.Combine(dir, AccessibilityCsvWriter.FileName));
        Assert.That(rows.Select(r => r["rule"]), Is.EquivalentTo(new[] { "aria-required-attr", "aria-roles", "aria-valid-attr" }));
        var scores = CsvTable.ReadRecords(Path.Combine(dir, "scores.csv")).Single();
        Assert.That((scores["a11y_pages_tested"], scores["a11y_failing_rules"], scores["a11y_critical_nodes"]), Is.EqualTo(("1", "3", "3")));
        var indicators = CsvTable.ReadRecords(Path.Combine(dir, "indicators.csv"));
        Assert.That(indicators.Single(r => r["indicator"] == "web_accessibility")["found"], Is.EqualTo("false"), "three critical failures");
    }

    [Test]
    public async Task Saved_snapshots_keep_axe_results_so_rescore_re_evaluates_them_offline()
    {
        var dir = Path.Combine(_out, "run");
        var (code, _, error) = await RunAsync(Audit(dir, "--save-snapshots", "--accessibility-tags", "wcag2a,wcag2aa", "--accessibility-tags", "best-practice"));
        Assert.That(code, Is.EqualTo(0), error);

        var lenient = Path.Combine(_out, "lenient.yaml");
        await File.WriteAllTextAsync(lenient, GovSiteAudit.Tests.Rubrics.RubricText.WithRule("{axe: {impact: critical, max: 3}}"));
        var (rescoreCode, _, rescoreError) = await RunAsync("rescore", dir, "--rubric", lenient, "--out", Path.Combine(_out, "rescored"));

        Assert.That(rescoreCode, Is.EqualTo(0), rescoreError);
        Assert.That(CsvTable.ReadRecords(Path.Combine(_out, "rescored", "indicators.csv")).Single()["found"], Is.EqualTo("true"));
        Assert.That(CsvTable.ReadRecords(Path.Combine(_out, "rescored", AccessibilityCsvWriter.FileName)), Has.Count.GreaterThanOrEqualTo(3));
        var site = SiteJsonWriter.Read(Directory.GetFiles(Path.Combine(dir, "sites"), "*.json").Single());
        Assert.That(site.Accessibility!.Tags, Is.EqualTo(new[] { "wcag2a", "wcag2aa", "best-practice" }));
    }

    [TestCase("--accessibility", "everything", "--accessibility must be off, home or sample, got 'everything'")]
    [TestCase("--accessibility-pages", "0", "--accessibility-pages must be a whole number from 1 to 1000, got 0")]
    [TestCase("--accessibility-tags", "wcag2a,<script>", "--accessibility-tags: '<script>' is not an axe tag")]
    public async Task Bad_values_are_refused_with_exit_2(string option, string value, string message)
    {
        var (code, _, error) = await RunAsync(Audit(Path.Combine(_out, "bad"), option, value));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
    }
}
