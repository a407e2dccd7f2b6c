using System.Text.Json;
using System.Text.RegularExpressions;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Tests.Support;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

[Category("Browser")]
public sealed class HtmlReportWriterTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-html-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    private static RunReport SampleRun() => ReportData.Run(
        ReportData.Site("https://a.gov.tw/", 0b1111111, 0b1010101, Hostile, new Dictionary<string, string> { ["agency"] = "臺中市政府" }),
        ReportData.Site("https://b.gov.tw/", 0b0000011, 0b0000001, metadata: new Dictionary<string, string> { ["agency"] = "<b>Bad</b>" }),
        ReportData.Site("https://c.gov.tw/", 0b0111001, 0b0000000, metadata: new Dictionary<string, string> { ["agency"] = "Zeta County" }),
        ReportData.Unreachable("https://d.gov.tw/"));

    [Test]
    public void Values_from_sites_are_escaped_and_only_http_links_are_links()
    {
        var run = SampleRun();
        var evil = run.Sites[1] with
        {
            Findings = [new GovSiteAudit.Detection.Finding("usability", "usability_a", true, 1, new GovSiteAudit.Detection.Evidence("javascript:alert(3)", "a", "x"))],
        };
        var html = HtmlReportWriter.Render(run with { Sites = [run.Sites[0], evil] });

        Assert.That(html, Does.Not.Contain("<script>alert(1)"));
        Assert.That(html, Does.Not.Contain("<img src=x"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;"));
        Assert.That(html, Does.Not.Contain("<b>Bad</b>"));
        Assert.That(html, Does.Not.Contain("href=\"javascript:"), "a javascript: evidence URL is text, not a link");
        Assert.That(html, Does.Contain("href=\"https://a.gov.tw/page\""));
    }

    [Test]
    public void Report_is_self_contained_and_bilingual()
    {
        var html = HtmlReportWriter.Render(SampleRun());

        Assert.That(Regex.IsMatch(html, @"<(script|img|iframe|link|object|embed)[^>]+(src|href)=", RegexOptions.IgnoreCase), Is.False,
            "no external script, stylesheet, font or image");
        Assert.That(html, Does.Not.Contain("@import").And.Not.Contain("url("));
        Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
        Assert.That(html, Does.Contain("<html lang=\"zh-Hant\">"));
        Assert.That(html, Does.Contain("網站排名 Ranking").And.Contain("各指標普及率 Indicator prevalence").And.Contain("介面易用性"));
    }

    [Test]
    public void English_rubric_gets_english_labels_only()
    {
        var run = SampleRun();
        var html = HtmlReportWriter.Render(run with { Rubric = run.Rubric with { Language = "en" } });

        Assert.That(html, Does.Contain(">Ranking<").And.Not.Contain("網站排名"));
    }

    /// <summary>The real check: Chromium renders the charts (non-empty geometry) and the table sorts on a header click.</summary>
    [Test]
    [CancelAfter(120_000)]
    public async Task Report_renders_its_charts_and_sorts_in_headless_chromium(CancellationToken ct)
    {
        var path = HtmlReportWriter.Write(_dir, SampleRun());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = (await TestBrowser.LocateAsync()).ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };

        await page.GotoAsync(new Uri(path).AbsoluteUri);
        var screenshot = Path.Combine(_dir, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestContext.AddTestAttachment(screenshot);
        if (Environment.GetEnvironmentVariable("GSA_SCREENSHOT_DIR") is { Length: > 0 } keep)
        {
            File.Copy(screenshot, Path.Combine(keep, "report.png"), overwrite: true);
            File.Copy(path, Path.Combine(keep, "report.html"), overwrite: true);
        }

        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
        Assert.That(requests, Has.All.StartsWith("file:"), "nothing is fetched from the network");
        Assert.That(dialogs, Is.Zero, "hostile evidence text never ran");

        var boxes = await page.EvaluateAsync<JsonElement>("""
            () => {
              const box = sel => Array.from(document.querySelectorAll(sel)).map(e => { const r = e.getBBox(); return { w: r.width, h: r.height, count: e.getAttribute('data-count') }; });
              return { radar: box('svg.radar polygon.score'), rings: box('svg.radar polygon.ring'),
                       distribution: Array.from(document.querySelectorAll('svg.distribution')).map(s => Array.from(s.querySelectorAll('rect.bar')).map(r => ({ w: r.getBBox().width, h: r.getBBox().height, count: r.getAttribute('data-count') }))),
                       prevalence: box('svg.prevalence rect.bar'),
                       svgs: Array.from(document.querySelectorAll('svg')).map(s => { const r = s.getBoundingClientRect(); return { w: r.width, h: r.height }; }) };
            }
            """);

        var radar = boxes.GetProperty("radar").EnumerateArray().ToList();
        Assert.That(radar, Has.Count.EqualTo(3), "one radar per scored site, none for the unreachable one");
        Assert.That(radar.Select(b => b.GetProperty("w").GetDouble() * b.GetProperty("h").GetDouble()), Has.All.GreaterThan(100));
        Assert.That(boxes.GetProperty("rings").EnumerateArray().Select(b => b.GetProperty("w").GetDouble()), Has.All.GreaterThan(0));
        var distributions = boxes.GetProperty("distribution").EnumerateArray().ToList();
        Assert.That(distributions, Has.Count.EqualTo(7));
        foreach (var chart in distributions)
        {
            var bars = chart.EnumerateArray().ToList();
            Assert.That(bars.Sum(b => int.Parse(b.GetProperty("count").GetString()!, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(3), "three scored sites per dimension");
            var heights = bars.Where(b => b.GetProperty("count").GetString() != "0").Select(b => b.GetProperty("h").GetDouble()).ToList();
            Assert.That(heights, Is.Not.Empty);
            Assert.That(heights, Has.All.GreaterThan(0));
        }
        var prevalence = boxes.GetProperty("prevalence").EnumerateArray().ToList();
        Assert.That(prevalence, Has.Count.EqualTo(14));
        Assert.That(prevalence.Where(b => b.GetProperty("count").GetString() != "0").Select(b => b.GetProperty("w").GetDouble()), Has.All.GreaterThan(0));
        Assert.That(prevalence.Single(b => b.GetProperty("count").GetString() == "3").GetProperty("w").GetDouble(), Is.EqualTo(360).Within(0.5),
            "an indicator every scored site has spans the full bar");
        Assert.That(boxes.GetProperty("svgs").EnumerateArray().Select(s => s.GetProperty("w").GetDouble()), Has.All.GreaterThan(0));

        async Task<string[]> Column(int index) =>
            await page.EvalOnSelectorAllAsync<string[]>("#ranking-table tbody tr", $"rows => rows.map(r => r.cells[{index}].textContent)");
        Assert.That(await Column(1), Is.EqualTo(new[] { "https://a.gov.tw/", "https://c.gov.tw/", "https://b.gov.tw/", "https://d.gov.tw/" }),
            "ranked by total, unscored last (a 78.6, c 28.6, b 21.4, d –)");

        // Numeric: the first dimension ascending (unscored first), then descending; text: the site column descending.
        await page.ClickAsync("#ranking-table thead th:nth-child(5)");
        Assert.That(await Column(1), Is.EqualTo(new[] { "https://d.gov.tw/", "https://c.gov.tw/", "https://a.gov.tw/", "https://b.gov.tw/" }));
        await page.ClickAsync("#ranking-table thead th:nth-child(5)");
        Assert.That(await Column(1), Is.EqualTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/", "https://d.gov.tw/" }));
        Assert.That(await page.GetAttributeAsync("#ranking-table thead th:nth-child(5)", "aria-sort"), Is.EqualTo("descending"));
        await page.ClickAsync("#ranking-table thead th:nth-child(2)");
        await page.ClickAsync("#ranking-table thead th:nth-child(2)");
        Assert.That(await Column(1), Is.EqualTo(new[] { "https://d.gov.tw/", "https://c.gov.tw/", "https://b.gov.tw/", "https://a.gov.tw/" }));
    }
}
