using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>The <c>axe</c> rule kind: a pure verdict over the axe results kept in the snapshot.</summary>
public sealed class AxeRuleTests
{
    internal static AxeRuleResult Violation(string rule, string impact, int nodes, params string[] tags) =>
        new(rule, impact, ["cat.x", .. tags], "help " + rule, "https://dequeuniversity.com/rules/axe/4.14/" + rule, nodes,
            [new AxeNode("#e1", "<img src=\"a.png\">")]);

    internal static PageAccessibility Page(string url, string reason, params AxeRuleResult[] violations) =>
        new(url, reason, true, null, 100, 0.5, [], [], violations, []);

    internal static SiteSnapshot Site(params PageAccessibility[] pages) =>
        Sites.Of(Sites.Page("<p>x</p>")) with { Accessibility = new SiteAccessibility("sample", AccessibilityTags, "4.14.0", pages) };

    private static readonly string[] AccessibilityTags = ["wcag2a", "wcag2aa"];

    private static AxeRule Rule(int max = 0, string impact = "minor", AxeCount count = AxeCount.Rules, string[]? rules = null,
        string[]? wcag = null, PageScope pages = PageScope.All) => new(max, impact, count, rules ?? [], wcag ?? [], pages);

    private static readonly SiteSnapshot Typical = Site(
        Page("https://a.gov.tw/", "home", Violation("image-alt", "critical", 3, "wcag2a", "wcag111"), Violation("color-contrast", "serious", 12, "wcag2aa", "wcag143")),
        Page("https://a.gov.tw/map", "sitemap", Violation("link-name", "serious", 1, "wcag2a", "wcag244", "wcag412"), Violation("region", "moderate", 4)));

    [Test]
    public void Found_when_violations_at_or_above_the_impact_are_within_max()
    {
        Assert.That(Detector.Evaluate(Rule(impact: "critical", max: 1), Typical), Is.Not.Null);
        Assert.That(Detector.Evaluate(Rule(impact: "critical", max: 0), Typical), Is.Null);
        Assert.That(Detector.Evaluate(Rule(impact: "serious", max: 2), Typical), Is.Null, "three rule failures are serious or worse");
        Assert.That(Detector.Evaluate(Rule(impact: "serious", max: 3), Typical), Is.Not.Null);
    }

    [Test]
    public void Nodes_count_elements_rather_than_rules()
    {
        Assert.That(Detector.Evaluate(Rule(impact: "serious", max: 15, count: AxeCount.Nodes), Typical), Is.Null, "3 + 12 + 1 = 16 elements");
        var evidence = Detector.Evaluate(Rule(impact: "serious", max: 16, count: AxeCount.Nodes), Typical);
        Assert.That(evidence!.Text, Does.Contain("16 element(s)").And.Contain("2 page(s)"));
    }

    [Test]
    public void Rules_and_wcag_criteria_narrow_what_is_counted()
    {
        Assert.That(Detector.Evaluate(Rule(rules: ["color-contrast"]), Typical), Is.Null);
        Assert.That(Detector.Evaluate(Rule(rules: ["label", "html-has-lang"]), Typical), Is.Not.Null);
        Assert.That(Detector.Evaluate(Rule(wcag: ["1.1.1"]), Typical), Is.Null);
        Assert.That(Detector.Evaluate(Rule(wcag: ["3.1.1"]), Typical), Is.Not.Null);
        Assert.That(Detector.Evaluate(Rule(wcag: ["4.1.2"], max: 1), Typical), Is.Not.Null, "only link-name is under 4.1.2");
    }

    [Test]
    public void Home_scope_reads_the_home_page_only()
    {
        Assert.That(Detector.Evaluate(Rule(rules: ["link-name"], pages: PageScope.Home), Typical), Is.Not.Null);
        Assert.That(Detector.Evaluate(Rule(rules: ["link-name"]), Typical), Is.Null);
    }

    [Test]
    public void Not_measured_is_never_found()
    {
        Assert.That(Detector.Evaluate(Rule(max: 1000), Sites.Of(Sites.Page("<p>x</p>"))), Is.Null, "no accessibility results at all");
        var failed = Site(PageAccessibility.NotMeasured("https://a.gov.tw/", "home", "axe did not finish within 15 s"));
        Assert.That(Detector.Evaluate(Rule(max: 1000), failed), Is.Null, "the only page could not be measured");
    }

    [Test]
    public void Pages_not_measured_are_left_out_of_the_count()
    {
        var site = Site(
            Page("https://a.gov.tw/", "home"),
            PageAccessibility.NotMeasured("https://a.gov.tw/huge", "other", "axe failed: out of memory"));

        var evidence = Detector.Evaluate(Rule(), site);

        Assert.That(evidence, Is.Not.Null);
        Assert.That(evidence!.Text, Does.Contain("1 page(s) tested"));
        Assert.That(evidence.Element, Is.EqualTo("axe"));
    }

    [Test]
    public void Wcag_criteria_come_from_the_tags()
    {
        var result = Violation("x", "minor", 1, "wcag2a", "wcag21aa", "wcag111", "wcag1412", "wcag412", "best-practice");
        Assert.That(result.Wcag, Is.EqualTo(new[] { "1.1.1", "1.4.12", "4.1.2" }));
    }
}
