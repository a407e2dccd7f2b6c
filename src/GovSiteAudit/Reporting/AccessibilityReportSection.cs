using System.Net;
using System.Text;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// The accessibility parts of report.html: for the run, the rules failing on the most sites (bar chart), the distribution
/// of serious + critical failing elements per site (histogram) and, per rule, the sites, pages and instances; per site,
/// the failing rules by impact with pages, elements and an example. Inline SVG and escaped text only, like the rest.
/// </summary>
internal static class AccessibilityReportSection
{
    private const int TopRules = 15;
    private static readonly (double From, double To, string Label)[] Bins =
        [(0, 0, "0"), (1, 5, "1–5"), (6, 20, "6–20"), (21, 50, "21–50"), (51, 100, "51–100"), (101, int.MaxValue, ">100")];

    private static readonly Dictionary<string, (string Zh, string En)> Texts = new()
    {
        ["title"] = ("無障礙檢測", "Accessibility (axe-core, WCAG A/AA)"),
        ["hint"] = ("自動檢測只能發現部分 WCAG 問題，仍需人工檢視", "Automated checks find only part of the WCAG failures; manual review still matters"),
        ["measured"] = ("已檢測網站", "sites measured"),
        ["pages"] = ("頁", "pages tested"),
        ["top"] = ("最多網站未通過的規則", "Rules failing on the most sites"),
        ["dist"] = ("各網站嚴重與重大問題元素數分布", "Serious + critical failing elements per site"),
        ["per_rule"] = ("各規則的網站數、頁數與實例數", "Sites, pages and instances per rule"),
        ["rule"] = ("規則", "Rule"),
        ["impact"] = ("影響", "Impact"),
        ["wcag"] = ("WCAG", "WCAG"),
        ["sites"] = ("網站數", "Sites"),
        ["pages_col"] = ("頁數", "Pages"),
        ["instances"] = ("實例數", "Instances"),
        ["example"] = ("範例", "Example"),
        ["site"] = ("無障礙檢測", "Accessibility"),
        ["none"] = ("未發現自動可檢出的問題", "no failure found by the automated checks"),
        ["not_measured"] = ("未能檢測", "not measured"),
        ["review"] = ("需人工檢視的規則", "rules needing review"),
    };

    public static void RenderRun(StringBuilder html, RunReport run)
    {
        var measured = run.Sites.Where(s => s.Accessibility?.Measured.Any() == true).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        var label = new ReportLabels(Texts, run.Rubric.Language);
        var rules = measured
            .SelectMany(s => s.Accessibility!.Measured.SelectMany(p => p.Violations.Select(v => (Site: s.Url, Page: p.Url, Violation: v))))
            .GroupBy(x => x.Violation.Rule, StringComparer.Ordinal)
            .Select(g => (Rule: g.Key, Impact: g.MaxBy(x => AxeImpact.Rank(x.Violation.Impact)).Violation.Impact, Help: g.First().Violation,
                Sites: g.Select(x => x.Site).Distinct(StringComparer.Ordinal).Count(),
                Pages: g.Select(x => (x.Site, x.Page)).Distinct().Count(), Instances: g.Sum(x => x.Violation.Nodes)))
            .OrderByDescending(r => r.Sites).ThenByDescending(r => r.Instances).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();

        html.Append("<section id=\"accessibility\"><h2>").Append(E(label["title"])).Append("</h2>\n<p class=\"hint\">")
            .Append(E(label["hint"])).Append(" · ").Append(E(label["measured"])).Append(": ").Append(measured.Count)
            .Append(" · ").Append(E(label["pages"])).Append(": ").Append(measured.Sum(s => s.Accessibility!.Measured.Count())).Append("</p>\n");

        // Bar chart: rules failing on the most sites.
        const int labelWidth = 260, barMax = 360, rowHeight = 20;
        var top = rules.Take(TopRules).ToList();
        html.Append("<h3>").Append(E(label["top"])).Append("</h3>\n<svg class=\"a11y-rules\" width=\"").Append(labelWidth + barMax + 70)
            .Append("\" height=\"").Append(top.Count * rowHeight + 10).Append("\" role=\"img\" aria-label=\"").Append(E(label["top"])).Append("\">");
        for (var i = 0; i < top.Count; i++)
        {
            var rule = top[i];
            var y = 5 + i * rowHeight;
            var width = barMax * rule.Sites / (double)measured.Count;
            html.Append("<text x=\"").Append(labelWidth - 6).Append("\" y=\"").Append(y + 14).Append("\" text-anchor=\"end\">")
                .Append(E(rule.Rule)).Append(" (").Append(E(rule.Impact ?? "")).Append(")</text>")
                .Append("<rect class=\"track\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(barMax)
                .Append("\" height=\"").Append(rowHeight - 6).Append("\"/>")
                .Append("<rect class=\"bar impact-").Append(E(rule.Impact ?? "none")).Append("\" data-rule=\"").Append(E(rule.Rule))
                .Append("\" data-sites=\"").Append(rule.Sites).Append("\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3)
                .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(rowHeight - 6).Append("\"><title>").Append(E(rule.Help.Help))
                .Append("</title></rect><text x=\"").Append(labelWidth + barMax + 6).Append("\" y=\"").Append(y + 14).Append("\">")
                .Append(rule.Sites).Append('/').Append(measured.Count).Append("</text>");
        }

        html.Append("</svg>\n");
        RenderDistribution(html, measured, label);

        // Per rule: instances and affected pages.
        html.Append("<h3>").Append(E(label["per_rule"])).Append("</h3>\n<table class=\"sortable\" id=\"a11y-rules-table\"><thead><tr>");
        foreach (var (key, type) in new[] { ("rule", "text"), ("impact", "text"), ("wcag", "text"), ("sites", "number"), ("pages_col", "number"), ("instances", "number") })
        {
            html.Append("<th data-type=\"").Append(type).Append("\">").Append(E(label[key])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var rule in rules)
        {
            html.Append("<tr data-rule=\"").Append(E(rule.Rule)).Append("\"><td data-sort=\"").Append(E(rule.Rule)).Append("\">")
                .Append(HtmlReportWriter.Link(rule.Help.HelpUrl, rule.Rule)).Append("<br><span class=\"id\">").Append(E(rule.Help.Help)).Append("</span></td>")
                .Append("<td data-sort=\"").Append(AxeImpact.Rank(rule.Impact)).Append("\">").Append(E(rule.Impact ?? "")).Append("</td>")
                .Append("<td data-sort=\"").Append(E(string.Join(" ", rule.Help.Wcag))).Append("\">").Append(E(string.Join(" ", rule.Help.Wcag))).Append("</td>")
                .Append("<td data-sort=\"").Append(rule.Sites).Append("\" class=\"num\">").Append(rule.Sites).Append("</td>")
                .Append("<td data-sort=\"").Append(rule.Pages).Append("\" class=\"num\">").Append(rule.Pages).Append("</td>")
                .Append("<td data-sort=\"").Append(rule.Instances).Append("\" class=\"num\">").Append(rule.Instances).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void RenderDistribution(StringBuilder html, List<SiteSummary> measured, ReportLabels label)
    {
        var histogram = SvgHistogram.Of(measured.Select(s => (double?)AccessibilitySummary.Of(s.Accessibility)!.SeriousOrWorse), Bins);
        html.Append("<h3>").Append(E(label["dist"])).Append("</h3>\n");
        histogram.Render(html, "a11y-distribution", label["dist"], (svg, bar) =>
        {
            bar.OpenRect(svg, inset: 3).Append("><title>").Append(E(bar.Label)).Append(": ").Append(bar.Count).Append("</title></rect>");
            bar.AppendLabel(svg, fromBottom: 8);
            if (bar.Count > 0)
            {
                bar.AppendCount(svg);
            }
        });
    }

    /// <summary>Per site: failing rules by impact (pages, elements, an example), pages not measured, rules needing review.</summary>
    public static void RenderSite(StringBuilder html, SiteSummary site, string? language)
    {
        if (site.Accessibility is not { Pages.Count: > 0 } accessibility)
        {
            return;
        }

        var label = new ReportLabels(Texts, language);
        var measured = accessibility.Measured.ToList();
        var summary = AccessibilitySummary.Of(accessibility)!;
        var rules = measured.SelectMany(p => p.Violations.Select(v => (Page: p.Url, Violation: v)))
            .GroupBy(x => x.Violation.Rule, StringComparer.Ordinal)
            .Select(g => (First: g.First().Violation, Impact: g.MaxBy(x => AxeImpact.Rank(x.Violation.Impact)).Violation.Impact,
                Pages: g.Select(x => x.Page).Distinct(StringComparer.Ordinal).Count(), Nodes: g.Sum(x => x.Violation.Nodes),
                Example: g.SelectMany(x => x.Violation.Examples).FirstOrDefault()))
            .OrderByDescending(r => AxeImpact.Rank(r.Impact)).ThenByDescending(r => r.Nodes).ThenBy(r => r.First.Rule, StringComparer.Ordinal)
            .ToList();

        html.Append("<details class=\"a11y\" open><summary>").Append(E(label["site"])).Append(": ").Append(measured.Count).Append(' ')
            .Append(E(label["pages"])).Append(" · ");
        html.Append(rules.Count == 0
            ? E(label["none"])
            : E(string.Join(", ", AxeImpact.All.Where(i => summary.NodesByImpact[i] > 0).Select(i => $"{i} {summary.NodesByImpact[i]}"))));
        html.Append("</summary>\n");
        if (rules.Count > 0)
        {
            html.Append("<table class=\"a11y-site\"><thead><tr><th>").Append(E(label["impact"])).Append("</th><th>").Append(E(label["rule"]))
                .Append("</th><th>").Append(E(label["pages_col"])).Append("</th><th>").Append(E(label["instances"])).Append("</th><th>")
                .Append(E(label["example"])).Append("</th></tr></thead><tbody>\n");
            foreach (var rule in rules)
            {
                html.Append("<tr class=\"impact-").Append(E(rule.Impact ?? "none")).Append("\"><td>").Append(E(rule.Impact ?? "")).Append("</td><td>")
                    .Append(HtmlReportWriter.Link(rule.First.HelpUrl, rule.First.Rule)).Append(" <span class=\"id\">")
                    .Append(E(string.Join(" ", rule.First.Wcag))).Append("</span><br>").Append(E(rule.First.Help)).Append("</td><td class=\"num\">")
                    .Append(rule.Pages).Append("</td><td class=\"num\">").Append(rule.Nodes).Append("</td><td>");
                if (rule.Example is { } example)
                {
                    html.Append("<code>").Append(E(Truncate(example.Target, 160))).Append("</code><br><code>").Append(E(Truncate(example.Html, 200))).Append("</code>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        var notMeasured = accessibility.Pages.Where(p => !p.Measured).ToList();
        if (notMeasured.Count > 0)
        {
            html.Append("<p class=\"meta\">").Append(E(label["not_measured"])).Append(": ")
                .Append(string.Join("; ", notMeasured.Select(p => HtmlReportWriter.Link(p.Url, p.Url) + " — " + E(p.Error ?? "")))).Append("</p>\n");
        }

        if (summary.IncompleteRules > 0)
        {
            html.Append("<p class=\"meta\">").Append(E(label["review"])).Append(": ")
                .Append(E(string.Join(", ", measured.SelectMany(p => p.Incomplete).Select(r => r.Rule).Distinct(StringComparer.Ordinal)))).Append("</p>\n");
        }

        html.Append("</details>\n");
    }

    /// <summary>Extra CSS for the section (appended to the report's own).</summary>
    public const string Css = """
        svg .impact-critical,tr.impact-critical td:first-child{fill:#a00;color:#a00;font-weight:bold}
        svg .impact-serious,tr.impact-serious td:first-child{fill:#d2691e;color:#b0500e}
        svg .impact-moderate{fill:#c9a400}svg .impact-minor{fill:#888}details.a11y{margin:.5rem 0}
        """;

    private static string Truncate(string text, int max) => HtmlText.Truncate(text, max);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => HtmlText.Number(value);
}
