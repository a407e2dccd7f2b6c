using GovSiteAudit.Rubrics;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>The <c>axe</c> rule kind in rubric files: defaults, every option, and errors with line and column.</summary>
public sealed class AxeRuleLoaderTests
{
    private static AxeRule Read(string flow) =>
        (AxeRule)RubricLoader.Parse(WithRule(flow), "t.yaml").Dimensions[0].Indicators[0].Rule;

    [Test]
    public void Empty_options_mean_no_violation_of_any_impact_on_the_pages_tested()
    {
        var rule = Read("{axe: {}}");
        Assert.That(rule, Is.EqualTo(new AxeRule(0, "minor", AxeCount.Rules, [], [], PageScope.All)).Using<AxeRule>(Same));
    }

    [Test]
    public void Every_option_is_read()
    {
        var rule = Read("{axe: {max: 3, impact: serious, count: nodes, rules: [image-alt, color-contrast], wcag: ['1.1.1', '1.4.3'], pages: home}}");
        Assert.That(rule.Max, Is.EqualTo(3));
        Assert.That(rule.MinImpact, Is.EqualTo("serious"));
        Assert.That(rule.Count, Is.EqualTo(AxeCount.Nodes));
        Assert.That(rule.RuleIds, Is.EqualTo(new[] { "image-alt", "color-contrast" }));
        Assert.That(rule.Wcag, Is.EqualTo(new[] { "1.1.1", "1.4.3" }));
        Assert.That(rule.Pages, Is.EqualTo(PageScope.Home));
    }

    [TestCase("{axe: {max: -1}}", 11, "max must be a whole number ≥ 0")]
    [TestCase("{axe: {max: 1.5}}", 11, "max must be a whole number ≥ 0")]
    [TestCase("{axe: {impact: severe}}", 11, "impact must be one of critical, serious, moderate, minor")]
    [TestCase("{axe: {count: pages}}", 11, "count must be one of rules, nodes")]
    [TestCase("{axe: {rules: [Image Alt]}}", 11, "'Image Alt' in rules is not an axe rule id")]
    [TestCase("{axe: {wcag: ['1.1']}}", 11, "'1.1' in wcag is not a WCAG success criterion")]
    [TestCase("{axe: {wcag: []}}", 11, "wcag must be a non-empty list")]
    [TestCase("{axe: {threshold: 2}}", 11, "unknown key 'threshold' in axe rule")]
    [TestCase("{axe: true}", 11, "axe takes a mapping of options")]
    public void Mistakes_are_reported_with_line_and_what_was_expected(string flow, int line, string message)
    {
        var error = Errors(WithRule(flow)).Single();
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.Column, Is.GreaterThan(1));
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.ToString(), Does.StartWith("test.yaml:11:"));
    }

    [Test]
    public void Explain_describes_the_rule_in_plain_words()
    {
        var text = RuleDescription.Describe(Read("{axe: {max: 2, impact: serious, wcag: ['1.4.3'], pages: home}}"));
        Assert.That(text, Does.Contain("axe-core measured the home page").And.Contain("at most 2 failing axe rules")
            .And.Contain("impact serious or worse").And.Contain("WCAG 1.4.3").And.Contain("none measured does not have it"));
    }

    [Test]
    public void Rubric_knows_whether_it_needs_axe()
    {
        Assert.That(RubricLoader.Parse(WithRule("{axe: {}}"), "t.yaml").UsesAxe(), Is.True);
        Assert.That(RubricLoader.Parse(WithRule("{any: [{scheme: https}, {not: {axe: {impact: critical}}}]}"), "t.yaml").UsesAxe(), Is.True);
        Assert.That(RubricLoader.Parse(WithRule("{scheme: https}"), "t.yaml").UsesAxe(), Is.False);
    }

    [Test]
    public void Built_in_rubrics_score_measured_accessibility()
    {
        var crm = RubricLoader.LoadBuiltIn("crm-egov");
        var indicator = crm.Dimensions.Single(d => d.Id == "usability").Indicators.Single(i => i.Id == "web_accessibility");
        Assert.That(indicator.Rule, Is.EqualTo(new AxeRule(0, "critical", AxeCount.Rules, [], [], PageScope.Home)).Using<AxeRule>(Same));
        var federal = RubricLoader.LoadBuiltIn("us-federal");
        Assert.That(federal.AllIndicators.Single(x => x.Indicator.Id == "section_508_measured").Indicator.Rule,
            Is.EqualTo(new AxeRule(0, "serious", AxeCount.Rules, [], [], PageScope.All)).Using<AxeRule>(Same));
    }

    private static bool Same(AxeRule a, AxeRule b) =>
        a.Max == b.Max && a.MinImpact == b.MinImpact && a.Count == b.Count && a.RuleIds.SequenceEqual(b.RuleIds)
        && a.Wcag.SequenceEqual(b.Wcag) && a.Pages == b.Pages;
}
