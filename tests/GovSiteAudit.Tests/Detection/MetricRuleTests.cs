using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>The <c>metric</c> rule kind: a pure verdict over the measurements kept in the snapshot and the pages' dates.</summary>
public sealed class MetricRuleTests
{
    private static readonly DateTimeOffset AuditedAt = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    internal static SiteSnapshot Measured(SiteMeasurements measurements, string body = "<p>更新日期：114-11-21</p>") =>
        Sites.Of($"<html><body>{body}</body></html>") with { Measurements = measurements };

    internal static readonly SiteMeasurements Typical = new()
    {
        Speed = new HomeTimings(120, 800, 2400, 1900, 512_000, 31),
        Mobile = new MobileFit(360, 360, false, 16, true),
        Links = new LinkCheck(60, 50, [new BrokenLink("https://www.example.gov.tw/x", Sites.HomeUrl, "x", 404, "HTTP 404")], null),
        Search = new SearchProbe(Sites.HomeUrl, "最新消息", "https://www.example.gov.tw/search?q=x", 200, true, "the results page lists 4 link(s)", 4),
    };

    private static Evidence? Evaluate(MetricRule rule, SiteSnapshot? site = null) => Detector.Evaluate(rule, site ?? Measured(Typical), AuditedAt);

    [Test]
    public void Numbers_are_compared_with_max_min_and_equals()
    {
        Assert.That(Evaluate(new MetricRule("load_ms", 2400, null, null)), Is.Not.Null);
        Assert.That(Evaluate(new MetricRule("load_ms", 2399, null, null)), Is.Null);
        Assert.That(Evaluate(new MetricRule("mobile_text_px", null, 12, null)), Is.Not.Null);
        Assert.That(Evaluate(new MetricRule("mobile_text_px", null, 17, null)), Is.Null);
        Assert.That(Evaluate(new MetricRule("requests", null, null, 31)), Is.Not.Null);
        Assert.That(Evaluate(new MetricRule("broken_link_ratio", 0.02, null, null)), Is.Not.Null, "1 of 50 = 0.02");
        Assert.That(Evaluate(new MetricRule("broken_link_ratio", 0.019, null, null)), Is.Null);
    }

    [Test]
    public void Yes_no_metrics_are_compared_with_equals()
    {
        Assert.That(Evaluate(new MetricRule("search_works", null, null, 1)), Is.Not.Null);
        Assert.That(Evaluate(new MetricRule("search_works", null, null, 0)), Is.Null);
        Assert.That(Evaluate(new MetricRule("mobile_overflow", null, null, 0)), Is.Not.Null);
    }

    [Test]
    public void Days_since_update_count_to_the_audit_time_and_say_where_the_date_was()
    {
        var evidence = Evaluate(new MetricRule("days_since_update", 10, null, null));
        Assert.That(evidence, Is.Not.Null);
        Assert.That(evidence!.Text, Does.Contain("days_since_update = 10").And.Contain("2025-11-21").And.Contain("更新日期"));
        Assert.That(Evaluate(new MetricRule("days_since_update", 9, null, null)), Is.Null);
        Assert.That(Detector.Evaluate(new MetricRule("days_since_update", 10, null, null), Measured(Typical), AuditedAt.AddDays(30)), Is.Null, "a later audit sees an older site");
    }

    [Test]
    public void What_was_not_measured_never_passes()
    {
        var nothing = Measured(new SiteMeasurements(), "<p>no date</p>");
        foreach (var metric in MetricCatalog.All)
        {
            var rule = new MetricRule(metric.Name, metric.Type == MetricType.Number ? double.MaxValue : null, null, metric.Type == MetricType.Boolean ? 0 : null);
            Assert.That(Evaluate(rule, nothing), Is.Null, metric.Name);
        }

        var notJudged = Measured(new SiteMeasurements { Search = Typical.Search! with { Works = null, Reason = "not judged" } });
        Assert.That(Evaluate(new MetricRule("search_works", null, null, 0), notJudged), Is.Null, "a probe that could not be judged is neither");
        var noneChecked = Measured(new SiteMeasurements { Links = new LinkCheck(3, 0, [], "link check not run") });
        Assert.That(Evaluate(new MetricRule("broken_link_ratio", 1, null, null), noneChecked), Is.Null);
    }

    [Test]
    public void Search_evidence_names_the_query_and_the_results_page()
    {
        var evidence = Evaluate(new MetricRule("search_works", null, null, 1))!;
        Assert.That(evidence.Text, Does.Contain("最新消息"));
        Assert.That(evidence.PageUrl, Is.EqualTo("https://www.example.gov.tw/search?q=x"));
    }
}
