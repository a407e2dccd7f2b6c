using GovSiteAudit.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class KeywordTextTests
{
    [TestCase("ＦＡＱ", "faq")]
    [TestCase("  Site \t\n  Map ", "site map")]
    [TestCase("Ｓｉｔｅ\u3000Ｍａｐ", "site map")]
    [TestCase("常 見　問 題", "常见问题")]
    [TestCase("Contact\u00A0Us", "contact us")]
    [TestCase("F\u200BAQ", "faq")]
    [TestCase("首頁 Home", "首页 home")]
    [TestCase("臺灣 隱私權", "台湾隐私权")]
    [TestCase("台湾 隐私权", "台湾隐私权")]
    public void Normalize_folds_width_case_white_space_and_chinese_script(string text, string expected)
    {
        Assert.That(KeywordText.Normalize(text), Is.EqualTo(expected));
    }

    [TestCase("FAQ", true)]
    [TestCase("FAQ:", true)]
    [TestCase("Q&A / FAQ", true)]
    [TestCase("常見問題FAQ", true)]
    [TestCase("FAQs", false)]
    [TestCase("xFAQ", false)]
    public void Latin_keywords_match_whole_words(string text, bool expected)
    {
        Assert.That(KeywordText.IndexOf(KeywordText.Normalize(text), "FAQ") >= 0, Is.EqualTo(expected));
    }

    [Test]
    public void Login_is_not_found_inside_blogin()
    {
        Assert.That(KeywordText.IndexOf(KeywordText.Normalize("Visit our blogin page"), "login"), Is.EqualTo(-1));
        Assert.That(KeywordText.IndexOf(KeywordText.Normalize("Member Login"), "login"), Is.EqualTo(7));
    }

    [Test]
    public void Cjk_keywords_match_anywhere()
    {
        var text = KeywordText.Normalize("歡迎使用本府常見問題專區");
        Assert.That(KeywordText.IndexOf(text, "常見問題"), Is.EqualTo(6));
    }

    [Test]
    public void Keyword_is_normalised_too()
    {
        Assert.That(KeywordText.IndexOf(KeywordText.Normalize("site map"), "ＳＩＴＥ　ＭＡＰ"), Is.EqualTo(0));
    }

    [Test]
    public void Later_occurrence_on_a_word_boundary_is_found()
    {
        Assert.That(KeywordText.IndexOf("faqs and faq", "faq"), Is.EqualTo(9));
    }
}
