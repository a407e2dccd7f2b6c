using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class TextRuleTests
{
    [Test]
    public void Keyword_in_visible_text_is_found_with_its_sentence()
    {
        var site = Sites.Of("<body><main><p>Welcome. You can reach us by email at info@example.gov.tw any time! Other text.</p></main></body>");

        var evidence = Detector.Evaluate(Sites.Text(["email"]), site);

        Assert.That(evidence, Is.EqualTo(new Evidence(Sites.HomeUrl, "body", "You can reach us by email at info@example.gov.tw any time!")));
    }

    [Test]
    public void Keyword_only_in_script_style_comment_or_template_is_not_found()
    {
        var site = Sites.Of("""
            <html><head><title>Privacy</title></head><body>
            <script>var label = "Privacy";</script><style>.privacy{}</style>
            <!-- Privacy notice goes here --><template><p>Privacy</p></template><noscript>Privacy</noscript>
            <p>Nothing to see.</p></body></html>
            """);

        Assert.That(Detector.Evaluate(Sites.Text(["privacy"]), site), Is.Null);
    }

    [Test]
    public void Search_and_rescue_heading_is_cancelled_by_exclude()
    {
        var rule = Sites.Text(["search"], exclude: ["rescue"]);

        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><h2>Search and rescue</h2><p>Teams deployed.</p></body>")), Is.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><h2>Search and rescue</h2><p>Search this site.</p></body>"))?.Text,
            Is.EqualTo("Search this site."));
    }

    [Test]
    public void Exclude_only_cancels_its_own_sentence()
    {
        var rule = Sites.Text(["隱私權"], exclude: ["新聞"]);
        var site = Sites.Of("<body><p>新聞：隱私權研討會。本網站隱私權保護政策</p></body>");

        Assert.That(Detector.Evaluate(rule, site)?.Text, Is.EqualTo("本網站隱私權保護政策"));
    }

    [Test]
    public void Keyword_split_by_inline_tags_still_matches()
    {
        var site = Sites.Of("<body><p><b>Contact</b> <i>us</i></p></body>");

        Assert.That(Detector.Evaluate(Sites.Text(["contact us"]), site), Is.Not.Null);
    }

    [Test]
    public void Block_elements_separate_text()
    {
        var site = Sites.Of("<body><div>Contact</div><div>us</div></body>");

        Assert.That(Detector.Evaluate(Sites.Text(["contact us"]), site), Is.Null);
    }

    [Test]
    public void Spaced_out_cjk_heading_matches()
    {
        var site = Sites.Of("<body><h2>常 見 問 題</h2></body>");

        Assert.That(Detector.Evaluate(Sites.Text(["常見問題"]), site), Is.Not.Null);
    }

    [Test]
    public void Text_in_a_region_only()
    {
        var site = Sites.Of("<body><main>Copyright 2025</main><footer>Contact: 02-1234-5678</footer></body>");

        Assert.That(Detector.Evaluate(Sites.Text(["copyright"], region: Region.Footer), site), Is.Null);
        Assert.That(Detector.Evaluate(Sites.Text(["contact"], region: Region.Footer), site)?.Element, Is.EqualTo("footer"));
    }

    [Test]
    public void Document_without_body_uses_the_whole_document()
    {
        Assert.That(Detector.Evaluate(Sites.Text(["hello"]), Sites.Of("Hello world")), Is.Not.Null);
    }
}
