using System.Globalization;
using System.Net;
using System.Text;
using GovSiteAudit.Results;

namespace GovSiteAudit.Reporting;

/// <summary>
/// The quality parts of report.html (issue 13): for the run, the distributions of the home page's load time, the share
/// of broken links and the days since the last update across sites; per site, its measurements, its broken links and the
/// search probe. Inline SVG and escaped text only, like the rest of the report.
/// </summary>
internal static class QualityReportSection
{
    private const int ShownLinks = 20;

    private static readonly (double From, double To, string Label)[] LoadBins =
        [(0, 1000, "<1 s"), (1000, 2500, "1–2.5 s"), (2500, 5000, "2.5–5 s"), (5000, 10000, "5–10 s"), (10000, double.MaxValue, "≥10 s")];

    private static readonly (double From, double To, string Label)[] BrokenBins =
        [(0, 0, "0 %"), (1e-9, 0.02, "≤2 %"), (0.02 + 1e-9, 0.05, "2–5 %"), (0.05 + 1e-9, 0.1, "5–10 %"), (0.1 + 1e-9, 1, ">10 %")];

    private static readonly (double From, double To, string Label)[] DayBins =
        [(0, 30, "≤30"), (31, 90, "31–90"), (91, 180, "91–180"), (181, 365, "181–365"), (366, double.MaxValue, ">365")];

    private static readonly Dictionary<string, (string Zh, string En)> Texts = new()
    {
        ["title"] = ("品質量測", "Quality measured"),
        ["hint"] = ("一次、從一處的量測，不是使用者實際體驗的資料", "One load from one place: lab data, not what citizens get in the field"),
        ["load"] = ("首頁載入時間", "Home page load time"),
        ["broken"] = ("失效連結比例", "Share of broken links"),
        ["days"] = ("距最近更新天數", "Days since the last update"),
        ["sites"] = ("網站", "sites"),
        ["site"] = ("品質量測", "Quality"),
        ["broken_links"] = ("失效連結", "Broken links"),
        ["search"] = ("搜尋測試", "Search probe"),
        ["query"] = ("查詢詞", "query"),
        ["page"] = ("所在頁面", "Found on"),
        ["link"] = ("連結", "Link"),
        ["error"] = ("錯誤", "Error"),
        ["more"] = ("其餘見 links.csv", "more in links.csv"),
    };

    public static void RenderRun(StringBuilder html, RunReport run)
    {
        var measured = run.Sites.Where(s => s.Quality is not null).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        var label = new ReportLabels(Texts, run.Rubric.Language);
        html.Append("<section id=\"quality\"><h2>").Append(E(label["title"])).Append("</h2>\n<p class=\"hint\">").Append(E(label["hint"])).Append("</p>\n");
        Histogram(html, "quality-load", label["load"], measured.Select(s => s.Quality!.LoadMs), LoadBins, label["sites"]);
        Histogram(html, "quality-broken", label["broken"], measured.Select(s => s.Quality!.BrokenLinkRatio), BrokenBins, label["sites"]);
        Histogram(html, "quality-days", label["days"], measured.Select(s => (double?)s.Quality!.DaysSinceUpdate), DayBins, label["sites"]);
        html.Append("</section>\n");
    }

    public static void RenderSite(StringBuilder html, SiteSummary site, string? language)
    {
        if (site.Quality is not { } q)
        {
            return;
        }

        var label = new ReportLabels(Texts, language);
        html.Append("<details class=\"quality\" open><summary>").Append(E(label["site"])).Append("</summary><p class=\"quality-values\">");
        var values = new List<string>();
        Add(values, "load_ms", q.LoadMs);
        Add(values, "ttfb_ms", q.TtfbMs);
        Add(values, "lcp_ms", q.LcpMs);
        Add(values, "page_bytes", q.PageBytes);
        Add(values, "requests", q.Requests);
        if (q.MobileOverflow is { } overflow)
        {
            values.Add("mobile_overflow " + (overflow ? "true" : "false"));
        }

        Add(values, "mobile_text_px", q.MobileTextPx);
        if (q.DaysSinceUpdate is { } days && q.Freshness is { } fresh)
        {
            values.Add(string.Create(CultureInfo.InvariantCulture, $"days_since_update {days} ({fresh.Date:yyyy-MM-dd})"));
        }

        if (q.LinksChecked is { } checkedLinks)
        {
            values.Add(string.Create(CultureInfo.InvariantCulture, $"broken_links {q.BrokenLinks ?? 0}/{checkedLinks}"));
        }

        html.Append(E(string.Join(" · ", values))).Append("</p>\n");
        if (q.Measurements?.Search is { } search)
        {
            html.Append("<p class=\"search-probe\" data-works=\"").Append(search.Works is { } w ? (w ? "true" : "false") : "").Append("\">")
                .Append(E(label["search"])).Append(": ").Append(E(label["query"])).Append(" '").Append(E(search.Query)).Append("' → ")
                .Append(search.Url is { } url ? HtmlReportWriter.Link(url, Truncate(url, 100)) : "").Append(' ').Append(E(search.Reason)).Append("</p>\n");
        }

        var broken = q.Measurements?.Links?.Broken ?? [];
        if (broken.Count > 0)
        {
            html.Append("<table class=\"broken-links\"><caption>").Append(E(label["broken_links"])).Append(" (").Append(broken.Count)
                .Append(")</caption><thead><tr><th>").Append(E(label["link"])).Append("</th><th>").Append(E(label["error"]))
                .Append("</th><th>").Append(E(label["page"])).Append("</th></tr></thead><tbody>");
            foreach (var link in broken.Take(ShownLinks))
            {
                html.Append("<tr><td>").Append(HtmlReportWriter.Link(link.Url, Truncate(link.Url, 100))).Append("<br><span class=\"id\">")
                    .Append(E(Truncate(link.Text, 80))).Append("</span></td><td>").Append(E(link.Error)).Append("</td><td>")
                    .Append(HtmlReportWriter.Link(link.PageUrl, Truncate(link.PageUrl, 80))).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            if (broken.Count > ShownLinks)
            {
                html.Append("<p class=\"hint\">").Append(broken.Count - ShownLinks).Append(' ').Append(E(label["more"])).Append("</p>");
            }
        }

        html.Append("</details>\n");
    }

    private static void Histogram(StringBuilder html, string id, string title, IEnumerable<double?> values, (double From, double To, string Label)[] bins, string unit)
    {
        var histogram = SvgHistogram.Of(values, bins);
        html.Append("<h3>").Append(E(title)).Append(" <span class=\"id\">(").Append(histogram.Total).Append(' ').Append(E(unit)).Append(")</span></h3>\n");
        histogram.Render(html, id, title, (svg, bar) =>
        {
            bar.OpenRect(svg, inset: 4).Append("/>");
            bar.AppendCount(svg);
            bar.AppendLabel(svg, fromBottom: 6);
        });
    }

    private static void Add(List<string> values, string name, double? value)
    {
        if (value is { } v)
        {
            values.Add(name + " " + v.ToString("0.#", CultureInfo.InvariantCulture));
        }
    }

    private static string Truncate(string text, int max) => HtmlText.Truncate(text, max);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
