using GovSiteAudit.Rubrics;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>The <c>metric</c> rule kind in rubric files: every bound, every metric name, and errors with line and column.</summary>
public sealed class MetricRuleLoaderTests
{
    private static MetricRule Read(string flow) =>
        (MetricRule)RubricLoader.Parse(WithRule(flow), "t.yaml").Dimensions[0].Indicators[0].Rule;

    [Test]
    public void Bounds_are_read()
    {
        Assert.That(Read("{metric: {metric: broken_link_ratio, max: 0.02}}"), Is.EqualTo(new MetricRule("broken_link_ratio", 0.02, null, null)));
        Assert.That(Read("{metric: {metric: mobile_text_px, min: 12}}"), Is.EqualTo(new MetricRule("mobile_text_px", null, 12, null)));
        Assert.That(Read("{metric: {metric: days_since_update, min: 0, max: 90}}"), Is.EqualTo(new MetricRule("days_since_update", 90, 0, null)));
        Assert.That(Read("{metric: {metric: search_works, equals: true}}"), Is.EqualTo(new MetricRule("search_works", null, null, 1)));
        Assert.That(Read("{metric: {metric: mobile_overflow, equals: false}}"), Is.EqualTo(new MetricRule("mobile_overflow", null, null, 0)));
        Assert.That(Read("{metric: {metric: requests, equals: 3}}"), Is.EqualTo(new MetricRule("requests", null, null, 3)));
    }

    [Test]
    public void Every_catalogued_metric_is_accepted()
    {
        foreach (var metric in MetricCatalog.All)
        {
            var flow = metric.Type == MetricType.Boolean ? $"{{metric: {{metric: {metric.Name}, equals: true}}}}" : $"{{metric: {{metric: {metric.Name}, max: 1}}}}";
            Assert.That(Read(flow).Metric, Is.EqualTo(metric.Name));
        }
    }

    [TestCase("{metric: {metric: load_time, max: 3000}}", "unknown metric 'load_time'", "load_ms")]
    [TestCase("{metric: {metric: broken_links_ratio, max: 0.1}}", "unknown metric 'broken_links_ratio'", "broken_link_ratio")]
    [TestCase("{metric: {metric: search_works, max: 1}}", "max does not apply to search_works", "equals")]
    [TestCase("{metric: {metric: search_works, equals: 1}}", "equals must be true or false for search_works", "")]
    [TestCase("{metric: {metric: load_ms, max: -5}}", "max must be a number ≥ 0", "")]
    [TestCase("{metric: {metric: load_ms, max: fast}}", "max must be a number ≥ 0", "")]
    [TestCase("{metric: {metric: load_ms}}", "needs max, min or equals", "")]
    [TestCase("{metric: {metric: load_ms, min: 10, max: 5}}", "min (10) is above max (5)", "")]
    [TestCase("{metric: {max: 5}}", "metric", "")]
    [TestCase("{metric: {metric: load_ms, maximum: 5}}", "unknown key 'maximum' in metric rule", "max")]
    public void Mistakes_are_reported_with_line_and_column(string flow, string message, string hint)
    {
        var error = Errors(WithRule(flow)).First(e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.That(error.Line, Is.EqualTo(11));
        Assert.That(error.Column, Is.GreaterThan(1));
        Assert.That(error.Message, Does.Contain(message).And.Contain(hint));
        Assert.That(error.ToString(), Does.StartWith("test.yaml:11:"));
    }

    [Test]
    public void Explain_describes_the_rule_in_plain_words()
    {
        Assert.That(RuleDescription.Describe(Read("{metric: {metric: load_ms, max: 5000}}")),
            Does.Contain("load_ms").And.Contain("at most 5000 ms").And.Contain("not measured does not have it"));
        Assert.That(RuleDescription.Describe(Read("{metric: {metric: search_works, equals: true}}")), Does.Contain("is true"));
        Assert.That(RuleDescription.Summary(Read("{metric: {metric: days_since_update, max: 90}}")),
            Is.EqualTo("metric days_since_update ≤ 90"));
    }

    [Test]
    public void The_default_rubrics_score_the_measurements()
    {
        var crm = RubricLoader.LoadBuiltIn("crm-egov");
        var ids = crm.AllIndicators.Where(x => x.Indicator.Rule.IsMeasured()).Select(x => (x.Dimension.Id, x.Indicator.Id)).ToList();
        Assert.That(ids, Is.EquivalentTo(new[]
        {
            ("usability", "site_speed"), ("usability", "working_links"), ("usability", "mobile_fit"),
            ("self_service", "fresh_content"), ("self_service", "working_search"),
        }));
        var federal = RubricLoader.LoadBuiltIn("us-federal");
        Assert.That(federal.AllIndicators.Single(x => x.Indicator.Id == "working_links").Indicator.Rule, Is.EqualTo(new MetricRule("broken_link_ratio", 0.02, null, null)));
    }
}
