using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

public sealed class SvgHistogramTests
{
    private static readonly (double From, double To, string Label)[] Bins = [(0, 0, "0"), (1, 5, "1–5"), (6, 20, "6–20")];

    [Test]
    public void Values_are_counted_in_the_first_bin_that_holds_them_nulls_left_out_and_strays_in_the_last()
    {
        var histogram = SvgHistogram.Of([0, null, 3, 5, 5.5, 6, 20, 99, null, -1], Bins);
        var bars = new List<HistogramBar>();

        histogram.Render(new System.Text.StringBuilder(), "c", "t", (_, bar) => bars.Add(bar));

        Assert.That(histogram.Total, Is.EqualTo(8));
        Assert.That(bars.Select(b => (b.Label, b.Count)), Is.EqualTo(new[] { ("0", 1), ("1–5", 2), ("6–20", 5) }));
        Assert.That(bars.Select(b => b.Height), Is.EqualTo(new[] { 112 / 5.0, 2 * 112 / 5.0, 112 }), "scaled to the fullest bin");
    }

    [Test]
    public void An_empty_histogram_draws_empty_bars()
    {
        var html = new System.Text.StringBuilder();

        SvgHistogram.Of([], Bins).Render(html, "c", "<t>", (svg, bar) => bar.OpenRect(svg, 2).Append("/>"));

        Assert.That(html.ToString(), Does.StartWith("<svg class=\"c\" width=\"380\" height=\"150\" role=\"img\" aria-label=\"&lt;t&gt;\">"));
        Assert.That(html.ToString(), Does.Contain("data-count=\"0\" x=\"12\" y=\"126\" width=\"116\" height=\"0\"/>"));
    }

    /// <summary>
    /// The histograms of report.html's quality and accessibility sections, drawn by this type since it replaced the two
    /// copies of the drawing code in those sections: the markup below is what the code before that change wrote for
    /// the same run (captured from it), to the byte.
    /// </summary>
    [Test]
    public void The_sections_histograms_are_drawn_to_the_byte_as_before_the_shared_type()
    {
        var html = HtmlReportWriter.Render(Run());

        Assert.That(Chart(html, "quality-load"), Is.EqualTo(QualityLoad));
        Assert.That(Chart(html, "quality-broken"), Is.EqualTo(QualityBroken));
        Assert.That(Chart(html, "quality-days"), Is.EqualTo(QualityDays));
        Assert.That(Chart(html, "a11y-distribution"), Is.EqualTo(AccessibilityDistribution));
    }

    private static RunReport Run()
    {
        var fresh = new FreshDate(new DateOnly(2025, 1, 1), "https://a.gov.tw/", "text", "2025-01-01");
        var quality = new QualitySummary(80, 900, 1200, 1300, 50000, 12, false, 14, 40, fresh, 50, 2, 0.04, true, null);
        var other = new SiteAccessibility("home", AccessibilityOptions.DefaultTags, "4.14.0",
            [AxeRuleTests.Page("https://b.gov.tw/", "home", AxeRuleTests.Violation("image-alt", "critical", 40, "wcag111"), AxeRuleTests.Violation("label", "critical", 30, "wcag412"))]);
        var clean = new SiteAccessibility("home", AccessibilityOptions.DefaultTags, "4.14.0", [AxeRuleTests.Page("https://e.gov.tw/", "home")]);
        return ReportData.Run(
            ReportData.Site("https://a.gov.tw/", 0b1111111, 0) with { Accessibility = AccessibilityReportTests.Sample(), Quality = quality },
            ReportData.Site("https://b.gov.tw/", 0, 0) with { Accessibility = other, Quality = quality with { LoadMs = 300.25, DaysSinceUpdate = 400, BrokenLinkRatio = 0 } },
            ReportData.Site("https://d.gov.tw/", 0b11, 0b1) with { Accessibility = clean, Quality = quality with { LoadMs = 12000, DaysSinceUpdate = null, BrokenLinkRatio = 0.5 } },
            ReportData.Site("https://e.gov.tw/", 0b11, 0b1) with { Accessibility = clean, Quality = quality with { LoadMs = 700, DaysSinceUpdate = 95, BrokenLinkRatio = 0.03 } },
            ReportData.Site("https://f.gov.tw/", 0b11, 0b1) with { Quality = quality with { LoadMs = 999.9, DaysSinceUpdate = 10, BrokenLinkRatio = 0.01 } },
            ReportData.Unreachable("https://c.gov.tw/"));
    }

    /// <summary>The chart's heading and its SVG.</summary>
    private static string Chart(string html, string cssClass)
    {
        var svg = html.IndexOf($"<svg class=\"{cssClass}\"", StringComparison.Ordinal);
        Assert.That(svg, Is.GreaterThan(0), cssClass);
        var start = html.LastIndexOf("<h3>", svg, StringComparison.Ordinal);
        return html[start..(html.IndexOf("</svg>", svg, StringComparison.Ordinal) + "</svg>".Length)];
    }

    private const string QualityLoad =
        """
            <h3>首頁載入時間 Home page load time <span class="id">(5 網站 sites)</span></h3>
            <svg class="quality-load" width="380" height="150" role="img" aria-label="首頁載入時間 Home page load time"><rect class="bar" data-bin="&lt;1 s" data-count="3" x="14" y="14" width="64" height="112"/><text x="46" y="12" text-anchor="middle">3</text><text x="46" y="144" text-anchor="middle">&lt;1 s</text><rect class="bar" data-bin="1–2.5 s" data-count="1" x="86" y="88.7" width="64" height="37.3"/><text x="118" y="86.7" text-anchor="middle">1</text><text x="118" y="144" text-anchor="middle">1–2.5 s</text><rect class="bar" data-bin="2.5–5 s" data-count="0" x="158" y="126" width="64" height="0"/><text x="190" y="124" text-anchor="middle">0</text><text x="190" y="144" text-anchor="middle">2.5–5 s</text><rect class="bar" data-bin="5–10 s" data-count="0" x="230" y="126" width="64" height="0"/><text x="262" y="124" text-anchor="middle">0</text><text x="262" y="144" text-anchor="middle">5–10 s</text><rect class="bar" data-bin="≥10 s" data-count="1" x="302" y="88.7" width="64" height="37.3"/><text x="334" y="86.7" text-anchor="middle">1</text><text x="334" y="144" text-anchor="middle">≥10 s</text></svg>
            """;

    private const string QualityBroken =
        """
            <h3>失效連結比例 Share of broken links <span class="id">(5 網站 sites)</span></h3>
            <svg class="quality-broken" width="380" height="150" role="img" aria-label="失效連結比例 Share of broken links"><rect class="bar" data-bin="0 %" data-count="1" x="14" y="70" width="64" height="56"/><text x="46" y="68" text-anchor="middle">1</text><text x="46" y="144" text-anchor="middle">0 %</text><rect class="bar" data-bin="≤2 %" data-count="1" x="86" y="70" width="64" height="56"/><text x="118" y="68" text-anchor="middle">1</text><text x="118" y="144" text-anchor="middle">≤2 %</text><rect class="bar" data-bin="2–5 %" data-count="2" x="158" y="14" width="64" height="112"/><text x="190" y="12" text-anchor="middle">2</text><text x="190" y="144" text-anchor="middle">2–5 %</text><rect class="bar" data-bin="5–10 %" data-count="0" x="230" y="126" width="64" height="0"/><text x="262" y="124" text-anchor="middle">0</text><text x="262" y="144" text-anchor="middle">5–10 %</text><rect class="bar" data-bin="&gt;10 %" data-count="1" x="302" y="70" width="64" height="56"/><text x="334" y="68" text-anchor="middle">1</text><text x="334" y="144" text-anchor="middle">&gt;10 %</text></svg>
            """;

    private const string QualityDays =
        """
            <h3>距最近更新天數 Days since the last update <span class="id">(4 網站 sites)</span></h3>
            <svg class="quality-days" width="380" height="150" role="img" aria-label="距最近更新天數 Days since the last update"><rect class="bar" data-bin="≤30" data-count="1" x="14" y="14" width="64" height="112"/><text x="46" y="12" text-anchor="middle">1</text><text x="46" y="144" text-anchor="middle">≤30</text><rect class="bar" data-bin="31–90" data-count="1" x="86" y="14" width="64" height="112"/><text x="118" y="12" text-anchor="middle">1</text><text x="118" y="144" text-anchor="middle">31–90</text><rect class="bar" data-bin="91–180" data-count="1" x="158" y="14" width="64" height="112"/><text x="190" y="12" text-anchor="middle">1</text><text x="190" y="144" text-anchor="middle">91–180</text><rect class="bar" data-bin="181–365" data-count="0" x="230" y="126" width="64" height="0"/><text x="262" y="124" text-anchor="middle">0</text><text x="262" y="144" text-anchor="middle">181–365</text><rect class="bar" data-bin="&gt;365" data-count="1" x="302" y="14" width="64" height="112"/><text x="334" y="12" text-anchor="middle">1</text><text x="334" y="144" text-anchor="middle">&gt;365</text></svg>
            """;

    private const string AccessibilityDistribution =
        """
            <h3>各網站嚴重與重大問題元素數分布 Serious + critical failing elements per site</h3>
            <svg class="a11y-distribution" width="380" height="150" role="img" aria-label="各網站嚴重與重大問題元素數分布 Serious + critical failing elements per site"><rect class="bar" data-bin="0" data-count="2" x="13" y="14" width="54" height="112"><title>0: 2</title></rect><text x="40" y="142" text-anchor="middle">0</text><text x="40" y="12" text-anchor="middle">2</text><rect class="bar" data-bin="1–5" data-count="0" x="73" y="126" width="54" height="0"><title>1–5: 0</title></rect><text x="100" y="142" text-anchor="middle">1–5</text><rect class="bar" data-bin="6–20" data-count="1" x="133" y="70" width="54" height="56"><title>6–20: 1</title></rect><text x="160" y="142" text-anchor="middle">6–20</text><text x="160" y="68" text-anchor="middle">1</text><rect class="bar" data-bin="21–50" data-count="0" x="193" y="126" width="54" height="0"><title>21–50: 0</title></rect><text x="220" y="142" text-anchor="middle">21–50</text><rect class="bar" data-bin="51–100" data-count="1" x="253" y="70" width="54" height="56"><title>51–100: 1</title></rect><text x="280" y="142" text-anchor="middle">51–100</text><text x="280" y="68" text-anchor="middle">1</text><rect class="bar" data-bin="&gt;100" data-count="0" x="313" y="126" width="54" height="0"><title>&gt;100: 0</title></rect><text x="340" y="142" text-anchor="middle">&gt;100</text></svg>
            """;
}
