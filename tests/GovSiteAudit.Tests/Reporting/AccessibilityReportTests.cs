using System.Text;
using System.Text.Json.Nodes;
using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Detection;
using GovSiteAudit.Tests.Support;
using NJsonSchema;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

/// <summary>
/// Accessibility in the outputs, from hand-made axe results (no browser): accessibility.csv, the a11y_* columns of
/// scores.csv, sites/*.json and results.json (valid against the schema), the report.html section, and rescore.
/// </summary>
public sealed class AccessibilityReportTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-a11y-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    internal static SiteAccessibility Sample() => new("sample", AccessibilityOptions.DefaultTags, "4.14.0",
    [
        AxeRuleTests.Page("https://a.gov.tw/", "home",
            AxeRuleTests.Violation("image-alt", "critical", 3, "wcag2a", "wcag111"),
            new AxeRuleResult("color-contrast", "serious", ["wcag2aa", "wcag143"], "=cmd|' /C calc'!A0", "https://dequeuniversity.com/rules/axe/4.14/color-contrast", 12,
                [new AxeNode("=SUM(A1)", "<p class=\"faint\">\n" + new string('x', 400) + "</p>")])) with
        {
            Incomplete = [AxeRuleTests.Violation("duplicate-id-aria", "critical", 1, "wcag2a", "wcag412")],
        },
        AxeRuleTests.Page("https://a.gov.tw/map", "sitemap", AxeRuleTests.Violation("image-alt", "critical", 1, "wcag2a", "wcag111")),
        PageAccessibility.NotMeasured("https://a.gov.tw/huge", "other", "axe did not finish within 15 s"),
    ]);

    private static SiteAudit Audit(string url, SiteAccessibility? accessibility)
    {
        var site = TestData.Audit(url);
        return site with { Crawl = site.Crawl with { Snapshot = site.Crawl.Snapshot with { Accessibility = accessibility } } };
    }

    [Test]
    public void Accessibility_csv_has_one_formula_safe_row_per_page_and_failing_rule()
    {
        using (var writer = new AccessibilityCsvWriter(_dir))
        {
            writer.Write(Audit("https://a.gov.tw/", Sample()));
            writer.Write(Audit("https://b.gov.tw/", null));
        }

        var path = Path.Combine(_dir, AccessibilityCsvWriter.FileName);
        Assert.That(File.ReadAllBytes(path)[..3], Is.EqualTo(Encoding.UTF8.Preamble.ToArray()), "UTF-8 BOM for Excel");
        var rows = CsvTable.Read(path);
        Assert.That(rows[0], Is.EqualTo(new[] { "url", "page_url", "rule", "impact", "wcag", "nodes", "help", "help_url", "example_target", "example_html" }));
        Assert.That(rows.Skip(1).Select(r => (r[1], r[2], r[3], r[4], r[5])), Is.EqualTo(new[]
        {
            ("https://a.gov.tw/", "image-alt", "critical", "1.1.1", "3"),
            ("https://a.gov.tw/", "color-contrast", "serious", "1.4.3", "12"),
            ("https://a.gov.tw/map", "image-alt", "critical", "1.1.1", "1"),
        }), "incomplete rules and pages not measured are not rows");
        var contrast = rows[2];
        Assert.That(contrast[6], Does.StartWith("'="), "help text cannot run as a formula");
        Assert.That(contrast[8], Is.EqualTo("'=SUM(A1)"));
        Assert.That(contrast[9], Has.Length.EqualTo(AccessibilityCsvWriter.MaxHtml).And.EndWith("…").And.Not.Contain("\n"));
    }

    [Test]
    public void Scores_columns_summarise_pages_rules_nodes_by_impact_and_review()
    {
        Assert.That(AccessibilitySummary.Cells(Sample()), Is.EqualTo(new[] { "2", "2", "4", "12", "0", "0", "1" }));
        Assert.That(AccessibilitySummary.Cells(null), Is.EqualTo(new[] { "", "", "", "", "", "", "" }), "not measured is empty, not 0");
        var none = new SiteAccessibility("home", AccessibilityOptions.DefaultTags, "4.14.0", [PageAccessibility.NotMeasured("https://c/", "home", "axe failed: x")]);
        Assert.That(AccessibilitySummary.Cells(none)[0], Is.EqualTo("0"));
        Assert.That(AccessibilitySummary.Cells(none)[1], Is.Empty);
    }

    [Test]
    public async Task Results_json_carries_per_page_results_and_validates_against_the_schema()
    {
        var run = ReportData.Run(
            ReportData.Site("https://a.gov.tw/", 0b1111111, 0) with { Accessibility = Sample() },
            ReportData.Site("https://b.gov.tw/", 0, 0),
            ReportData.Unreachable("https://c.gov.tw/"));
        var path = ResultsJsonWriter.Write(_dir, run);

        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "results.schema.json"));
        Assert.That(schema.Validate(await File.ReadAllTextAsync(path)).Select(e => e.ToString()), Is.Empty);
        var a = JsonNode.Parse(await File.ReadAllTextAsync(path))!["sites"]![0]!["accessibility"]!;
        Assert.That((string)a["axe_version"]!, Is.EqualTo("4.14.0"));
        Assert.That(a["pages"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That((int)a["pages"]![0]!["violations"]![1]!["nodes"]!, Is.EqualTo(12));
        Assert.That((string)a["pages"]![0]!["incomplete"]![0]!["rule"]!, Is.EqualTo("duplicate-id-aria"));
        Assert.That((bool)a["pages"]![2]!["measured"]!, Is.False);
        Assert.That(JsonNode.Parse(await File.ReadAllTextAsync(path))!["sites"]![1]!["accessibility"], Is.Null);
    }

    [Test]
    public void Site_json_round_trips_the_results_for_the_end_of_run_reports()
    {
        SiteJsonWriter.Write(_dir, Audit("https://a.gov.tw/", Sample()));

        var read = SiteSummaryStore.From(SiteJsonWriter.Read(Path.Combine(_dir, "sites", SiteFileName.For("https://a.gov.tw/") + ".json")), TestData.TwoDimensionRubric());

        Assert.That(read.Accessibility!.Pages.Select(p => p.Violations.Sum(v => v.Nodes)), Is.EqualTo(new[] { 15, 1, 0 }));
        Assert.That(read.Accessibility.Pages[0].Violations[0].Examples[0].Target, Is.EqualTo("#e1"));
    }

    [Test]
    public void Report_html_shows_the_run_and_each_site_self_contained_and_escaped()
    {
        var other = new SiteAccessibility("home", AccessibilityOptions.DefaultTags, "4.14.0",
            [AxeRuleTests.Page("https://b.gov.tw/", "home", AxeRuleTests.Violation("image-alt", "critical", 40, "wcag111"), AxeRuleTests.Violation("label", "critical", 30, "wcag412"))]);
        var html = HtmlReportWriter.Render(ReportData.Run(
            ReportData.Site("https://a.gov.tw/", 0b1111111, 0) with { Accessibility = Sample() },
            ReportData.Site("https://b.gov.tw/", 0, 0) with { Accessibility = other },
            ReportData.Unreachable("https://c.gov.tw/")));

        Assert.That(html, Does.Contain("<section id=\"accessibility\">"));
        Assert.That(html, Does.Contain("data-rule=\"image-alt\" data-sites=\"2\""), "image-alt fails on both measured sites: the longest bar");
        Assert.That(html, Does.Contain("data-rule=\"color-contrast\" data-sites=\"1\""));
        Assert.That(html, Does.Contain("data-bin=\"6–20\" data-count=\"1\"").And.Contain("data-bin=\"51–100\" data-count=\"1\""),
            "serious + critical elements: 16 on a, 70 on b");
        // Per rule: sites, pages and instances.
        Assert.That(html, Does.Match("<tr data-rule=\"image-alt\">.*?<td data-sort=\"2\" class=\"num\">2</td><td data-sort=\"3\" class=\"num\">3</td><td data-sort=\"44\" class=\"num\">44</td>"));
        Assert.That(html, Does.Contain("<details class=\"a11y\" open><summary>無障礙檢測 Accessibility: 2 頁 pages tested · critical 4, serious 12</summary>"));
        Assert.That(html, Does.Contain("axe did not finish within 15 s"));
        Assert.That(html, Does.Contain("需人工檢視的規則 rules needing review: duplicate-id-aria"));
        Assert.That(html, Does.Not.Contain("<p class=\"faint\">"), "markup from a site is escaped");
        Assert.That(html, Does.Contain("&lt;p class=&quot;faint&quot;&gt;"));
        Assert.That(html, Does.Contain("Content-Security-Policy\" content=\"default-src 'none'"));
        Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("<link"), "nothing is loaded from elsewhere");
    }

    [Test]
    public void Rescore_re_evaluates_axe_rules_offline_with_an_edited_threshold()
    {
        var target = new AuditTarget("https://a.gov.tw/", new Dictionary<string, string>(), "command line", 0);
        var snapshot = Audit(target.Url, Sample()).Crawl.Snapshot;
        var runDir = Path.Combine(_dir, "run");
        SnapshotStore.WriteManifest(runDir, [], [target]);
        SnapshotStore.Save(runDir, new SavedSite(SnapshotStore.FormatVersion, target, snapshot, SiteStatus.Ok, null, 3, DateTimeOffset.UnixEpoch));

        bool Found(int max)
        {
            var rubric = RubricLoader.Parse(Rubrics.RubricText.WithRule($"{{axe: {{impact: critical, max: {max}}}}}"), "edit.yaml");
            var report = Rescorer.Run(new Rescorer.Options(rubric, runDir, Path.Combine(_dir, "out" + max)), TimeProvider.System, CancellationToken.None);
            return report.Sites.Single().Findings.Single().Found;
        }

        Assert.That(Found(1), Is.False, "image-alt fails on two pages");
        Assert.That(Found(2), Is.True);
        Assert.That(CsvTable.Read(Path.Combine(_dir, "out2", AccessibilityCsvWriter.FileName)), Has.Count.EqualTo(4), "the rescore writes accessibility.csv too");
        Assert.That(CsvTable.ReadRecords(Path.Combine(_dir, "out2", "scores.csv")).Single()["a11y_critical_nodes"], Is.EqualTo("4"));
    }
}
