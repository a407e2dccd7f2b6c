using System.Globalization;
using System.Net;
using System.Text;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>report.html</c>: one self-contained file (inline CSS, inline SVG charts drawn here, a few lines
/// of inline script for table sorting; nothing fetched from anywhere, so it opens offline and on locked-down
/// intranets). Every value that came from a site — titles, evidence text, URLs — is HTML-escaped: it is
/// hostile input. Labels are in the rubric's language and English.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public static string Write(string outputDirectory, RunReport run)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.WriteText(path, Render(run));
        return path;
    }

    public static string Render(RunReport run)
    {
        var labels = new ReportLabels(LabelTexts, run.Rubric.Language);
        var html = new StringBuilder(64 * 1024);
        var lang = string.IsNullOrWhiteSpace(run.Rubric.Language) ? "en" : run.Rubric.Language;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Belt and braces: even if a value slipped through unescaped, the page may load nothing from elsewhere.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(labels["title"])).Append(" — ").Append(E(run.Rubric.Name)).Append("</title>\n");
        html.Append("<style>").Append(Css).Append(AccessibilityReportSection.Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><h1>").Append(E(labels["title"])).Append("</h1>\n<p class=\"meta\">")
            .Append(E(labels["rubric"])).Append(": ").Append(E(run.Rubric.Name)).Append(" (").Append(E(run.Rubric.Id)).Append(") · ")
            .Append(E(labels["sites"])).Append(": ").Append(run.Sites.Count.ToString(CultureInfo.InvariantCulture)).Append(" (")
            .Append(run.Sites.Count(s => s.Ok).ToString(CultureInfo.InvariantCulture)).Append(" ok) · ")
            .Append(E(labels["generated"])).Append(": ").Append(E(run.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)))
            .Append("</p></header>\n");

        RenderRanking(html, run, labels);
        RenderDistribution(html, run, labels);
        RenderPrevalence(html, run, labels);
        AccessibilityReportSection.RenderRun(html, run);
        QualityReportSection.RenderRun(html, run);
        RenderSites(html, run, labels);

        html.Append("<script>").Append(SortScript).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderRanking(StringBuilder html, RunReport run, ReportLabels labels)
    {
        var ranked = run.Sites
            .Select((s, i) => (Site: s, Index: i))
            .OrderByDescending(x => x.Site.Score?.Total ?? -1)
            .ThenBy(x => x.Index)
            .Select(x => x.Site)
            .ToList();
        html.Append("<section id=\"ranking\"><h2>").Append(E(labels["ranking"])).Append("</h2>\n");
        html.Append("<p class=\"hint\">").Append(E(labels["sort_hint"])).Append("</p>\n");
        html.Append("<table class=\"sortable\" id=\"ranking-table\">\n<thead><tr>");
        Th(html, "#", "number");
        Th(html, labels["site"], "text");
        foreach (var column in run.MetadataColumns)
        {
            Th(html, column, "text");
        }
        Th(html, labels["status"], "text");
        foreach (var dimension in run.Rubric.Dimensions)
        {
            Th(html, dimension.Name, "number", dimension.Id);
        }
        Th(html, labels["total"], "number");
        Th(html, labels["pages"], "number");
        html.Append("</tr></thead>\n<tbody>\n");
        var rank = 0;
        foreach (var site in ranked)
        {
            rank++;
            html.Append("<tr>");
            Td(html, rank.ToString(CultureInfo.InvariantCulture), rank.ToString(CultureInfo.InvariantCulture));
            html.Append("<td data-sort=\"").Append(E(site.Url)).Append("\"><a href=\"#").Append(E(Anchor(site))).Append("\">")
                .Append(E(site.Url)).Append("</a></td>");
            foreach (var column in run.MetadataColumns)
            {
                var value = site.Metadata.TryGetValue(column, out var v) ? v : "";
                Td(html, value, value);
            }
            html.Append("<td data-sort=\"").Append(E(site.Status.Text)).Append("\" class=\"status-").Append(site.Ok ? "ok" : "failed")
                .Append("\" title=\"").Append(E(site.Error ?? "")).Append("\">").Append(E(site.Status.Text)).Append("</td>");
            foreach (var dimension in run.Rubric.Dimensions)
            {
                var score = site.DimensionScore(dimension.Id);
                ScoreTd(html, score);
            }
            ScoreTd(html, site.Score?.Total);
            Td(html, site.Pages.Count.ToString(CultureInfo.InvariantCulture), site.Pages.Count.ToString(CultureInfo.InvariantCulture));
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></section>\n");
    }

    private static void RenderDistribution(StringBuilder html, RunReport run, ReportLabels labels)
    {
        html.Append("<section id=\"distribution\"><h2>").Append(E(labels["distribution"])).Append("</h2>\n<div class=\"charts\">\n");
        const int bins = 5, width = 220, height = 140, left = 28, bottom = 24, top = 10;
        var plotWidth = width - left - 6;
        var plotHeight = height - bottom - top;
        foreach (var dimension in run.Rubric.Dimensions)
        {
            var scores = run.Sites.Select(s => s.DimensionScore(dimension.Id)).OfType<double>().ToList();
            var counts = new int[bins];
            foreach (var score in scores)
            {
                counts[Math.Min(bins - 1, (int)(score / (100.0 / bins)))]++;
            }
            var max = Math.Max(1, counts.Max());
            html.Append("<figure><svg class=\"distribution\" data-dimension=\"").Append(E(dimension.Id))
                .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
                .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" role=\"img\" aria-label=\"")
                .Append(E(dimension.Name)).Append("\">");
            html.Append("<line class=\"axis\" x1=\"").Append(left).Append("\" y1=\"").Append(top + plotHeight).Append("\" x2=\"")
                .Append(left + plotWidth).Append("\" y2=\"").Append(top + plotHeight).Append("\"/>");
            var barWidth = plotWidth / (double)bins;
            for (var i = 0; i < bins; i++)
            {
                var h = plotHeight * counts[i] / (double)max;
                var x = left + i * barWidth;
                html.Append("<rect class=\"bar\" data-count=\"").Append(counts[i]).Append("\" x=\"").Append(N(x + 2)).Append("\" y=\"")
                    .Append(N(top + plotHeight - h)).Append("\" width=\"").Append(N(barWidth - 4)).Append("\" height=\"").Append(N(h))
                    .Append("\"><title>").Append(i * 100 / bins).Append('–').Append((i + 1) * 100 / bins).Append(": ").Append(counts[i]).Append("</title></rect>");
                html.Append("<text x=\"").Append(N(x + barWidth / 2)).Append("\" y=\"").Append(height - 8).Append("\" text-anchor=\"middle\">")
                    .Append(i * 100 / bins).Append('–').Append((i + 1) * 100 / bins).Append("</text>");
                if (counts[i] > 0)
                {
                    html.Append("<text x=\"").Append(N(x + barWidth / 2)).Append("\" y=\"").Append(N(top + plotHeight - h - 2))
                        .Append("\" text-anchor=\"middle\">").Append(counts[i]).Append("</text>");
                }
            }
            html.Append("</svg><figcaption>").Append(E(dimension.Name)).Append(" <span class=\"id\">").Append(E(dimension.Id)).Append("</span>");
            if (scores.Count > 0)
            {
                html.Append(" · ").Append(E(labels["mean"])).Append(' ').Append(N(scores.Average()));
            }
            html.Append("</figcaption></figure>\n");
        }
        html.Append("</div></section>\n");
    }

    private static void RenderPrevalence(StringBuilder html, RunReport run, ReportLabels labels)
    {
        var scored = run.Sites.Where(s => s.Score is not null).ToList();
        var indicators = run.Rubric.AllIndicators.ToList();
        const int labelWidth = 300, barMax = 360, rowHeight = 20;
        var width = labelWidth + barMax + 70;
        var height = indicators.Count * rowHeight + 10;
        html.Append("<section id=\"prevalence\"><h2>").Append(E(labels["prevalence"])).Append("</h2>\n");
        html.Append("<p class=\"hint\">").Append(E(labels["prevalence_hint"])).Append(" (n = ").Append(scored.Count).Append(")</p>\n");
        html.Append("<svg class=\"prevalence\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ")
            .Append(width).Append(' ').Append(height).Append("\" role=\"img\">");
        var row = 0;
        foreach (var (dimension, indicator) in indicators)
        {
            var count = scored.Count(s => s.Findings.Any(f => f.Found && f.DimensionId == dimension.Id && f.IndicatorId == indicator.Id));
            var y = 5 + row * rowHeight;
            var barWidth = scored.Count == 0 ? 0 : barMax * count / (double)scored.Count;
            html.Append("<text x=\"").Append(labelWidth - 6).Append("\" y=\"").Append(y + 14).Append("\" text-anchor=\"end\">")
                .Append(E(Truncate(indicator.Name, 30))).Append(" (").Append(E(indicator.Id)).Append(")</text>");
            html.Append("<rect class=\"track\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(barMax)
                .Append("\" height=\"").Append(rowHeight - 6).Append("\"/>");
            html.Append("<rect class=\"bar\" data-indicator=\"").Append(E(indicator.Id)).Append("\" data-count=\"").Append(count)
                .Append("\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(barWidth))
                .Append("\" height=\"").Append(rowHeight - 6).Append("\"><title>").Append(E(dimension.Name)).Append(": ")
                .Append(count).Append('/').Append(scored.Count).Append("</title></rect>");
            html.Append("<text x=\"").Append(labelWidth + barMax + 6).Append("\" y=\"").Append(y + 14).Append("\">")
                .Append(count).Append('/').Append(scored.Count).Append("</text>");
            row++;
        }
        html.Append("</svg></section>\n");
    }

    private static void RenderSites(StringBuilder html, RunReport run, ReportLabels labels)
    {
        html.Append("<section id=\"sites\"><h2>").Append(E(labels["findings"])).Append("</h2>\n");
        var names = run.Rubric.AllIndicators.ToDictionary(x => (x.Dimension.Id, x.Indicator.Id), x => x.Indicator.Name);
        foreach (var site in run.Sites)
        {
            html.Append("<article class=\"site\" id=\"").Append(E(Anchor(site))).Append("\"><h3>").Append(E(site.Url)).Append("</h3>\n");
            html.Append("<p class=\"meta\">").Append(E(labels["status"])).Append(": <b>").Append(E(site.Status.Text)).Append("</b>");
            if (!string.IsNullOrEmpty(site.Error))
            {
                html.Append(" — ").Append(E(site.Error));
            }
            if (site.FinalUrl is not null && site.FinalUrl != site.Url)
            {
                html.Append(" · ").Append(E(labels["final_url"])).Append(": ").Append(Link(site.FinalUrl, site.FinalUrl));
            }
            foreach (var (key, value) in site.Metadata)
            {
                html.Append(" · ").Append(E(key)).Append(": ").Append(E(value));
            }
            html.Append(" · ").Append(N(site.Seconds)).Append(" s</p>\n<div class=\"site-body\">");
            if (site.Score is not null)
            {
                RenderRadar(html, run.Rubric, site);
            }
            html.Append("<table class=\"findings\"><thead><tr><th>").Append(E(labels["dimension"])).Append("</th><th>")
                .Append(E(labels["indicator"])).Append("</th><th>").Append(E(labels["found"])).Append("</th><th>")
                .Append(E(labels["points"])).Append("</th><th>").Append(E(labels["evidence"])).Append("</th></tr></thead><tbody>\n");
            foreach (var finding in site.Findings)
            {
                var name = names.TryGetValue((finding.DimensionId, finding.IndicatorId), out var n) ? n : finding.IndicatorId;
                html.Append("<tr class=\"").Append(finding.Found ? "found" : "missing").Append("\"><td>").Append(E(finding.DimensionId))
                    .Append("</td><td>").Append(E(name)).Append(" <span class=\"id\">").Append(E(finding.IndicatorId)).Append("</span></td><td>")
                    .Append(finding.Found ? "✓" : "✗").Append("</td><td>").Append(N(finding.Points)).Append("</td><td>");
                if (finding.Evidence is { } evidence)
                {
                    html.Append(Link(evidence.PageUrl, evidence.PageUrl)).Append("<br><code>").Append(E(Truncate(evidence.Element, 160)))
                        .Append("</code> ").Append(E(Truncate(evidence.Text, 200)));
                }
                else if (finding.Note is { } note)
                {
                    html.Append("<em>").Append(E(Truncate(note, 300))).Append("</em>");
                }
                html.Append("</td></tr>\n");
            }
            html.Append("</tbody></table></div>\n");
            AccessibilityReportSection.RenderSite(html, site, run.Rubric.Language);
            QualityReportSection.RenderSite(html, site, run.Rubric.Language);
            html.Append("<details><summary>").Append(E(labels["pages_visited"])).Append(" (").Append(site.Pages.Count).Append(")</summary><ol class=\"pages\">");
            foreach (var page in site.Pages)
            {
                html.Append("<li>").Append(Link(page.Url, page.Url)).Append(" <span class=\"id\">").Append(page.Status).Append(" · ")
                    .Append(E(labels["depth"])).Append(' ').Append(page.Depth).Append("</span> ").Append(E(page.Title)).Append("</li>");
            }
            html.Append("</ol></details></article>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>A polygon of the dimension scores on one axis per dimension, over rings at 25/50/75/100.</summary>
    private static void RenderRadar(StringBuilder html, Rubric rubric, SiteSummary site)
    {
        // Wider than tall: axis labels (up to 12 CJK characters) sit left and right of the chart.
        const double width = 520, height = 300, centerX = width / 2, centerY = height / 2, radius = 95;
        var n = rubric.Dimensions.Count;
        (double X, double Y) Point(int i, double fraction)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / Math.Max(1, n);
            return (centerX + radius * fraction * Math.Cos(angle), centerY + radius * fraction * Math.Sin(angle));
        }
        string Points(Func<int, double> fraction) =>
            string.Join(' ', Enumerable.Range(0, n).Select(i => Point(i, fraction(i))).Select(p => N(p.X) + "," + N(p.Y)));

        html.Append("<svg class=\"radar\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ")
            .Append(N(width)).Append(' ').Append(N(height)).Append("\" role=\"img\" aria-label=\"").Append(E(site.Url)).Append("\">");
        foreach (var ring in new[] { 0.25, 0.5, 0.75, 1.0 })
        {
            html.Append("<polygon class=\"ring\" points=\"").Append(Points(_ => ring)).Append("\"/>");
        }
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, 1);
            html.Append("<line class=\"axis\" x1=\"").Append(N(centerX)).Append("\" y1=\"").Append(N(centerY)).Append("\" x2=\"").Append(N(x))
                .Append("\" y2=\"").Append(N(y)).Append("\"/>");
            var (lx, ly) = Point(i, 1.18);
            var anchor = Math.Abs(lx - centerX) < 5 ? "middle" : lx < centerX ? "end" : "start";
            html.Append("<text x=\"").Append(N(lx)).Append("\" y=\"").Append(N(ly + 4)).Append("\" text-anchor=\"").Append(anchor).Append("\">")
                .Append(E(Truncate(rubric.Dimensions[i].Name, 12))).Append("</text>");
        }
        html.Append("<polygon class=\"score\" points=\"")
            .Append(Points(i => Math.Clamp((site.DimensionScore(rubric.Dimensions[i].Id) ?? 0) / 100, 0, 1))).Append("\"><title>");
        html.Append(E(string.Join(", ", rubric.Dimensions.Select(d => d.Id + " " + N(site.DimensionScore(d.Id) ?? 0)))));
        html.Append("</title></polygon>");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, Math.Clamp((site.DimensionScore(rubric.Dimensions[i].Id) ?? 0) / 100, 0, 1));
            html.Append("<circle class=\"dot\" cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"3\"/>");
        }
        html.Append("</svg>");
    }

    private static void Th(StringBuilder html, string label, string type, string? title = null)
    {
        html.Append("<th data-type=\"").Append(type).Append('"');
        if (title is not null)
        {
            html.Append(" title=\"").Append(E(title)).Append('"');
        }
        html.Append('>').Append(E(label)).Append("</th>");
    }

    private static void Td(StringBuilder html, string text, string sortKey) =>
        html.Append("<td data-sort=\"").Append(E(sortKey)).Append("\">").Append(E(text)).Append("</td>");

    private static void ScoreTd(StringBuilder html, double? score)
    {
        if (score is null)
        {
            html.Append("<td data-sort=\"-1\" class=\"num\">–</td>");
            return;
        }
        // The cell's background shows the score at a glance; the number is what is read.
        html.Append("<td data-sort=\"").Append(N(score.Value)).Append("\" class=\"num\" style=\"background:hsl(")
            .Append(N(score.Value * 1.2)).Append(",70%,88%)\">").Append(N(score.Value)).Append("</td>");
    }

    /// <summary>Only http(s) URLs become links; anything else (javascript:, data:) is shown as text.</summary>
    internal static string Link(string url, string text)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">{E(Truncate(text, 120))}</a>";
        }
        return E(Truncate(text, 120));
    }

    private static string Anchor(SiteSummary site) => "site-" + SiteFileName.For(site.Url);

    private static string Truncate(string text, int max) => HtmlText.Truncate(text, max);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => HtmlText.Number(value);

    /// <summary>UI labels in English, prefixed by the rubric's language when it is Chinese (see <see cref="ReportLabels"/>).</summary>
    private static readonly Dictionary<string, (string Zh, string En)> LabelTexts = new()
    {
        ["title"] = ("政府網站評核報告", "Government website audit"),
        ["rubric"] = ("評核指標", "Rubric"),
        ["sites"] = ("網站", "Sites"),
        ["generated"] = ("產生時間", "Generated"),
        ["ranking"] = ("網站排名", "Ranking"),
        ["sort_hint"] = ("點選欄位標題排序", "Click a column header to sort"),
        ["site"] = ("網站", "Site"),
        ["status"] = ("狀態", "Status"),
        ["total"] = ("總分", "Total"),
        ["pages"] = ("頁數", "Pages"),
        ["distribution"] = ("各構面分數分布", "Distribution of each dimension"),
        ["mean"] = ("平均", "mean"),
        ["prevalence"] = ("各指標普及率", "Indicator prevalence"),
        ["prevalence_hint"] = ("具備該功能的網站數", "Sites that have each feature"),
        ["findings"] = ("各網站檢測結果", "Findings per site"),
        ["final_url"] = ("最終網址", "Final URL"),
        ["dimension"] = ("構面", "Dimension"),
        ["indicator"] = ("指標", "Indicator"),
        ["found"] = ("具備", "Found"),
        ["points"] = ("得分", "Points"),
        ["evidence"] = ("證據", "Evidence"),
        ["pages_visited"] = ("瀏覽的頁面", "Pages visited"),
        ["depth"] = ("深度", "depth"),
    };

    private const string Css = """
        body{font-family:system-ui,"Noto Sans CJK TC","Microsoft JhengHei",sans-serif;margin:1.5rem;color:#222;line-height:1.4}
        h1{margin:0 0 .3rem}h2{margin-top:2rem;border-bottom:2px solid #ccd}
        .meta,.hint{color:#555;font-size:.9rem}.id{color:#777;font-size:.8rem;font-family:monospace}
        table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #ccd;padding:.25rem .45rem;vertical-align:top}
        table.sortable th{cursor:pointer;background:#eef;user-select:none}table.sortable th[aria-sort=ascending]::after{content:" ▲"}
        table.sortable th[aria-sort=descending]::after{content:" ▼"}td.num{text-align:right}
        .status-failed{color:#a00}.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}
        figcaption{font-size:.85rem;text-align:center}svg text{font-size:10px;fill:#333}
        svg .bar{fill:#4a78c2}svg .track{fill:#eef}svg .axis{stroke:#999;stroke-width:1}
        svg .ring{fill:none;stroke:#ccd}svg .score{fill:rgba(74,120,194,.35);stroke:#2c5aa0;stroke-width:2}svg .dot{fill:#2c5aa0}
        .site{border-top:1px solid #ccd;padding-top:.5rem}.site-body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        tr.found td:nth-child(3){color:#070;font-weight:bold}tr.missing td:nth-child(3){color:#a00}
        code{font-size:.75rem;color:#555;word-break:break-all}ol.pages{font-size:.85rem}
        """;

    /// <summary>Sorts a table by the clicked column: numbers numerically, text by the page language; click again to reverse.</summary>
    private const string SortScript = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.querySelectorAll("th").forEach(function (th, column) {
            th.addEventListener("click", function () {
              var numeric = th.getAttribute("data-type") === "number";
              var descending = th.getAttribute("aria-sort") === "ascending";
              table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", descending ? "descending" : "ascending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
                var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, document.documentElement.lang);
                return descending ? -order : order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;
}
