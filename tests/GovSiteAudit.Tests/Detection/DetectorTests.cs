using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class DetectorTests
{
    private static Rubric RubricOf(params Dimension[] dimensions) => new("t", "Test", null, null, dimensions, "test");

    private static Indicator Indicator(string id, double weight, Rule rule) => new(id, id, weight, null, rule);

    [Test]
    public void Detect_gives_one_finding_per_indicator_in_rubric_order()
    {
        var rubric = RubricOf(
            new Dimension("usability", "U", 1, null, [Indicator("faq", 2, Sites.Link(["FAQ"])), Indicator("login", 1, Sites.Link(["login"]))]),
            new Dimension("security", "S", 1, null, [Indicator("https", 3, new SchemeRule("https"))]));
        var site = Sites.Of("<body><a href=\"/faq\">FAQ</a></body>");

        var findings = Detector.Detect(rubric, site);

        Assert.That(findings, Is.EqualTo(new[]
        {
            new Finding("usability", "faq", true, 2, new Evidence(Sites.HomeUrl, "a[href=\"/faq\"]", "FAQ")),
            new Finding("usability", "login", false, 0, null),
            new Finding("security", "https", true, 3, new Evidence(Sites.HomeUrl, "url", Sites.HomeUrl)),
        }));
    }

    [Test]
    public void Frames_count_as_part_of_their_page()
    {
        var page = Sites.Page("<frameset><frame src=\"/menu.html\"></frameset>",
            frames: [new FrameSnapshot("https://www.example.gov.tw/menu.html", "<body><a href=\"sitemap.html\">網站導覽</a></body>")]);

        var evidence = Detector.Evaluate(Sites.Link(["網站導覽"], pages: PageScope.Home), Sites.Of(page));

        Assert.That(evidence?.PageUrl, Is.EqualTo("https://www.example.gov.tw/menu.html"));
        var href = Detector.Evaluate(new HrefRule(Sites.Regex("^https://www.example.gov.tw/sitemap.html$"), "", PageScope.Home), Sites.Of(page));
        Assert.That(href, Is.Not.Null, "relative hrefs in a frame resolve against the frame URL");
    }

    [Test]
    public void Pages_home_looks_only_at_the_first_page()
    {
        var home = Sites.Page("<body><a href=\"/a\">About</a></body>");
        var inner = Sites.Page("<body><a href=\"/faq\">FAQ</a></body>", "https://www.example.gov.tw/about", depth: 1);
        var site = Sites.Of(home, inner);

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"], pages: PageScope.Home), site), Is.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"], pages: PageScope.All), site)?.PageUrl, Is.EqualTo("https://www.example.gov.tw/about"));
    }

    [Test]
    public void Unreachable_site_finds_no_page_rules_but_still_judges_site_facts()
    {
        var site = new SiteSnapshot("http://down.example.gov.tw/", null, [],
            new SiteFacts([], new HttpProbe("http://down.example.gov.tw/", null, false, "timeout"), null, [], []));

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"]), site), Is.Null);
        Assert.That(Detector.Evaluate(new HeaderRule("Server", null), site), Is.Null);
        Assert.That(Detector.Evaluate(new SchemeRule("https"), site), Is.Null);
        Assert.That(Detector.Evaluate(new NotRule(new HttpsRedirectRule()), site)?.PageUrl, Is.EqualTo("http://down.example.gov.tw/"));
    }

    [Test]
    public void Regex_timeout_is_treated_as_no_match()
    {
        var evil = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var site = Sites.Of(Sites.Page("<body></body>", requests: [new string('a', 5000) + "!"]));

        Assert.That(Detector.Evaluate(new RequestRule(evil, PageScope.All), site), Is.Null);
    }

    [Test]
    public void Large_page_with_many_indicators_stays_fast()
    {
        var html = new StringBuilder("<html><body><header><nav>");
        for (var i = 0; i < 4000; i++)
        {
            html.Append(CultureInvariant($"<div class=\"item\"><a href=\"/news/{i}\">新聞標題 {i} 市政府公告重要消息</a><p>段落 {i} 內容說明文字。</p></div>"));
        }

        html.Append("</nav></header><footer><a href=\"/privacy\">隱私權政策</a></footer></body></html>");
        Assert.That(html.Length, Is.GreaterThan(300_000));
        var indicators = Enumerable.Range(0, 40)
            .Select(i => Indicator("i" + i, 1, i % 2 == 0
                ? Sites.Link([$"不存在{i}"], region: (Region)(i % 5))
                : Sites.Text([$"沒有{i}"], region: (Region)(i % 5))))
            .Append(Indicator("privacy", 1, Sites.Link(["隱私權"], region: Region.Footer)))
            .ToList();
        var rubric = RubricOf(new Dimension("d", "D", 1, null, indicators));

        var watch = Stopwatch.StartNew();
        var findings = Detector.Detect(rubric, Sites.Of(html.ToString()));
        watch.Stop();

        Assert.That(findings[^1].Found, Is.True);
        Assert.That(findings.Take(40).Any(f => f.Found), Is.False);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
