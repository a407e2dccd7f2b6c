using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class MarkupRuleTests
{
    [Test]
    public void Href_matches_the_resolved_absolute_url()
    {
        var site = Sites.Of(Sites.Page("<body><a href=\"../privacy.html\">私</a></body>", "https://www.example.gov.tw/about/index.html"));
        var rule = new HrefRule(Sites.Regex(@"^https://www\.example\.gov\.tw/privacy\.html$"), "…", PageScope.All);

        var evidence = Detector.Evaluate(rule, site);

        Assert.That(evidence, Is.EqualTo(new Evidence("https://www.example.gov.tw/about/index.html", "a[href=\"../privacy.html\"]", "https://www.example.gov.tw/privacy.html")));
    }

    [Test]
    public void Href_honours_base_href()
    {
        var site = Sites.Of(Sites.Page("<head><base href=\"https://cdn.example.gov.tw/site/\"></head><body><a href=\"faq.html\">x</a></body>"));

        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex(@"^https://cdn\.example\.gov\.tw/site/faq\.html$"), "", PageScope.All), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex(@"^https://www\.example\.gov\.tw/faq\.html$"), "", PageScope.All), site), Is.Null);
    }

    [Test]
    public void Href_matches_the_raw_attribute_and_mailto()
    {
        var site = Sites.Of("<body><a href=\"mailto:service@example.gov.tw\">Mail us</a></body>");

        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex("^mailto:"), "", PageScope.All), site)?.Text, Is.EqualTo("mailto:service@example.gov.tw"));
        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex("^tel:"), "", PageScope.All), site), Is.Null);
    }

    [Test]
    public void Href_of_link_element_counts_but_src_does_not()
    {
        var site = Sites.Of("<head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body><img src=\"/feed.xml\"></body>");

        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex(@"rss\.xml$"), "", PageScope.All), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(new HrefRule(Sites.Regex(@"feed\.xml$"), "", PageScope.All), site), Is.Null);
    }

    [Test]
    public void XPath_selects_a_node()
    {
        var site = Sites.Of("<body><div class=\"gsc-control\"><input name=\"q\"></div></body>");

        var evidence = Detector.Evaluate(new XPathRule("//div[contains(@class,'gsc-')]", PageScope.All), site);

        Assert.That(evidence?.Element, Is.EqualTo("div"));
        Assert.That(evidence?.Text, Does.StartWith("<div class=\"gsc-control\">"));
        Assert.That(Detector.Evaluate(new XPathRule("//div[contains(@class,'addthis')]", PageScope.All), site), Is.Null);
    }

    [Test]
    public void XPath_evidence_is_the_first_match_in_document_order_also_for_a_union()
    {
        var site = Sites.Of("<body><p class=\"x\">first</p><div class=\"x\">second</div><p class=\"x\">third</p></body>");

        // A union is evaluated branch by branch; the evidence must still be the match that comes first on the page.
        Assert.That(Detector.Evaluate(new XPathRule("//div[@class='x'] | //p[@class='x']", PageScope.All), site)?.Text, Does.Contain("first"));
        Assert.That(Detector.Evaluate(new XPathRule("//*[@class='x'][last()]", PageScope.All), site)?.Text, Does.Contain("third"));
    }

    [Test]
    public void One_xpath_rule_gives_each_site_its_own_answer_when_sites_are_detected_at_once()
    {
        // Sites are detected in parallel and share one parsed expression: its use must not leak between them.
        var rule = new XPathRule("//a[starts-with(@href, '/n')][string-length(normalize-space(.)) > 0]", PageScope.All);
        var answers = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i, Detector.Evaluate(rule, Sites.Of(i % 2 == 0 ? $"<body><a href=\"/n{i}\">News {i}</a></body>" : "<body><a href=\"/x\">Other</a></body>"))?.Text))
            .ToList();

        Assert.That(answers.Where(a => a.i % 2 == 0).All(a => a.Text == $"<a href=\"/n{a.i}\">News {a.i}</a>"), Is.True, string.Join("; ", answers));
        Assert.That(answers.Where(a => a.i % 2 == 1).All(a => a.Text is null), Is.True);
    }

    [Test]
    public void Meta_matches_name_property_or_http_equiv_ignoring_case()
    {
        var site = Sites.Of("<head><meta property=\"og:title\" content=\"市政府\"><meta NAME=\"Viewport\" content=\"width=device-width\"></head><body></body>");

        Assert.That(Detector.Evaluate(new MetaRule("viewport", Sites.Regex("width=device-width"), PageScope.Home), site),
            Is.EqualTo(new Evidence(Sites.HomeUrl, "meta[name=\"Viewport\"]", "width=device-width")));
        Assert.That(Detector.Evaluate(new MetaRule("og:title", null, PageScope.All), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(new MetaRule("viewport", Sites.Regex("user-scalable=no"), PageScope.All), site), Is.Null);
        Assert.That(Detector.Evaluate(new MetaRule("description", null, PageScope.All), site), Is.Null);
    }

    [Test]
    public void Request_matches_requests_of_pages_in_scope()
    {
        var home = Sites.Page("<body></body>", requests: ["https://www.example.gov.tw/app.js"]);
        var inner = Sites.Page("<body></body>", "https://www.example.gov.tw/a", requests: ["https://www.googletagmanager.com/gtag/js?id=G-1"], depth: 1);
        var site = Sites.Of(home, inner);
        var analytics = Sites.Regex(@"googletagmanager\.com|google-analytics\.com");

        Assert.That(Detector.Evaluate(new RequestRule(analytics, PageScope.All), site),
            Is.EqualTo(new Evidence("https://www.example.gov.tw/a", "request", "https://www.googletagmanager.com/gtag/js?id=G-1")));
        Assert.That(Detector.Evaluate(new RequestRule(analytics, PageScope.Home), site), Is.Null);
    }
}
