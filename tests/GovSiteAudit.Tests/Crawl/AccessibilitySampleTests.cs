using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>The WCAG-EM-like sample: which rendered pages axe tests, decided as the crawl goes (no browser).</summary>
public sealed class AccessibilitySampleTests
{
    private const string Home = "https://www.example.gov.tw/";

    private static AccessibilitySample Sample(int pages) => new(new AccessibilityOptions { Mode = AccessibilityMode.Sample, Pages = pages });

    private static FoundLink Link(string path, string text) => new(Home + path, text);

    [TestCase("網站導覽", "map.html", "sitemap")]
    [TestCase("Site map", "x.html", "sitemap")]
    [TestCase("全文檢索", "q.html", "search")]
    [TestCase("", "search/index.html", "search")]
    [TestCase("首長信箱", "mail.html", "contact")]
    [TestCase("Contact us", "c.html", "contact")]
    [TestCase("無障礙聲明", "a.html", "accessibility_statement")]
    [TestCase("會員登入", "m.html", "login")]
    [TestCase("Sign in", "s.html", "login")]
    [TestCase("表單下載", "f.html", "forms_download")]
    [TestCase("ＳＩＴＥＭＡＰ", "f.html", "sitemap")]
    [TestCase("最新消息", "news/1.html", null)]
    public void Kind_comes_from_link_text_or_address(string text, string path, string? kind)
    {
        Assert.That(AccessibilitySample.KindOf(text, Home + path), Is.EqualTo(kind));
    }

    [Test]
    public void Home_then_one_page_per_kind_then_others_while_slots_exceed_the_kinds_still_expected()
    {
        var sample = Sample(5);
        Assert.That(sample.ChooseHome(), Is.EqualTo("home"));
        sample.Observe([Link("news/1.html", "新聞一"), Link("map.html", "網站導覽"), Link("mail.html", "首長信箱"), Link("login.html", "會員登入")]);

        // Three kinds are expected and four slots are left: one other page fits, the next does not.
        Assert.That(sample.Choose(Home + "news/1.html", "新聞一", hasForm: false), Is.EqualTo("other"));
        Assert.That(sample.Choose(Home + "news/2.html", "新聞二", hasForm: false), Is.Null);
        Assert.That(sample.Choose(Home + "map.html", "網站導覽", hasForm: false), Is.EqualTo("sitemap"));
        // A second site map is not a new kind; it is an "other" page, and slots (2) do not exceed the kinds to come (2).
        Assert.That(sample.Choose(Home + "map2.html", "網站地圖", hasForm: false), Is.Null);
        Assert.That(sample.Choose(Home + "mail.html", "首長信箱", hasForm: true), Is.EqualTo("contact"));
        Assert.That(sample.Choose(Home + "login.html", "會員登入", hasForm: false), Is.EqualTo("login"));
        Assert.That(sample.Remaining, Is.Zero);
        Assert.That(sample.Choose(Home + "apply.html", "申請", hasForm: true), Is.Null, "the limit is reached");
    }

    [Test]
    public void A_page_with_a_form_is_the_form_kind_once()
    {
        var sample = Sample(3);
        sample.ChooseHome();
        Assert.That(sample.WantsForm, Is.True);
        Assert.That(sample.Choose(Home + "apply.html", "線上申請", hasForm: true), Is.EqualTo("form"));
        Assert.That(sample.WantsForm, Is.False);
        Assert.That(sample.Choose(Home + "apply2.html", "線上申請", hasForm: true), Is.EqualTo("other"));
    }

    [Test]
    public void A_kind_whose_page_was_visited_already_is_no_longer_expected()
    {
        var sample = Sample(2);
        sample.ChooseHome();
        sample.Observe([Link("map.html", "網站導覽")]);
        Assert.That(sample.Choose(Home + "news.html", "新聞", hasForm: false), Is.Null, "the one slot is kept for the site map");
        Assert.That(sample.Choose(Home + "map.html", "網站導覽", hasForm: false), Is.EqualTo("sitemap"));
    }

    [Test]
    public void Home_mode_tests_the_home_page_only()
    {
        var sample = new AccessibilitySample(new AccessibilityOptions { Mode = AccessibilityMode.Home, Pages = 5 });
        Assert.That(sample.ChooseHome(), Is.EqualTo("home"));
        Assert.That(sample.Choose(Home + "map.html", "網站導覽", hasForm: false), Is.Null);
    }
}
