using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>Keyword syntax beyond plain words: script folding, gaps, English word forms, compounds.</summary>
public sealed class KeywordPatternTests
{
    private static bool Matches(string keyword, string text, int maxGap = KeywordSet.DefaultMaxGap) =>
        KeywordPattern.Compile(keyword, maxGap).IsMatch(KeywordText.Normalize(text));

    [TestCase("常見問題", "常见问题", true)]
    [TestCase("常见问题", "常見問題", true)]
    [TestCase("隱私權政策", "隐私权政策", true)]
    [TestCase("網站導覽", "网站导航", false)]
    [TestCase("臺灣", "台湾", true)]
    public void One_chinese_keyword_serves_both_scripts(string keyword, string text, bool expected)
    {
        Assert.That(Matches(keyword, text), Is.EqualTo(expected));
    }

    [TestCase("常見…問題", "常見稅務問題", true)]
    [TestCase("常見…問題", "常见法律问题", true)]
    [TestCase("常見…問題", "常見問題", true)]
    [TestCase("資訊安全…政策", "資訊安全與個資保護政策", true)]
    [TestCase("常見…問題", "常見的各種災害防救相關問題", false)]
    [TestCase("常見…問題", "問題常見", false)]
    public void A_gap_allows_a_short_insertion_between_parts(string keyword, string text, bool expected)
    {
        Assert.That(Matches(keyword, text), Is.EqualTo(expected));
    }

    [Test]
    public void The_gap_bound_is_the_rules_max_gap()
    {
        Assert.That(Matches("Check…application", "Check your disaster application"), Is.False, "16 characters over the default 6");
        Assert.That(Matches("Check…application", "Check your disaster application", maxGap: 20), Is.True);
        Assert.That(Matches("Check…status", "Checking status", maxGap: 20), Is.False, "a gap starts at a word boundary");
    }

    [TestCase("subscribe~", "Subscribe", true)]
    [TestCase("subscribe~", "Subscribers", true)]
    [TestCase("subscribe~", "Manage your subscription", true)]
    [TestCase("subscribe~", "subscribed", true)]
    [TestCase("apply~", "Applications", true)]
    [TestCase("apply~", "Applying for benefits", true)]
    [TestCase("apply~", "Applicant guide", true)]
    [TestCase("pay~", "Payments", true)]
    [TestCase("pay~", "paid parking", true)]
    [TestCase("learn~", "English Learners", true)]
    [TestCase("register~", "Registration", true)]
    [TestCase("renew~", "Licence renewal", true)]
    [TestCase("subscribe~", "Subscript", false)]
    [TestCase("apply~", "Appliance rebates", false)]
    [TestCase("apply~", "Apple", false)]
    [TestCase("pay~", "Payroll", false)]
    [TestCase("learn~", "Learnings?", false)]
    public void A_word_marked_with_a_tilde_matches_its_english_forms_and_nothing_else(string keyword, string text, bool expected)
    {
        Assert.That(Matches(keyword, text), Is.EqualTo(expected));
    }

    [Test]
    public void Without_the_tilde_forms_do_not_match()
    {
        Assert.That(Matches("subscribe", "Subscription"), Is.False);
        Assert.That(Matches("apply online", "applying online"), Is.False);
        Assert.That(Matches("apply~ online", "applying online"), Is.True);
        Assert.That(Matches("apply~ online", "application online form"), Is.True);
    }

    [TestCase("sign up", "Sign up", true)]
    [TestCase("sign up", "Sign-up", true)]
    [TestCase("sign up", "SignUp today", true)]
    [TestCase("site map", "Sitemap", true)]
    [TestCase("e-services", "eServices", true)]
    [TestCase("e-services", "E services", true)]
    [TestCase("sign up", "signupdates", false)]
    [TestCase("sign up", "design up", false)]
    [TestCase("site map", "website map", false)]
    public void Latin_words_of_a_keyword_also_match_written_together_or_hyphenated(string keyword, string text, bool expected)
    {
        Assert.That(Matches(keyword, text), Is.EqualTo(expected));
    }

    [Test]
    public void Punctuation_keywords_keep_their_literal_meaning()
    {
        Assert.That(Matches("Q & A", "Q & A"), Is.True);
        Assert.That(Matches("Q & A", "QA"), Is.False);
        Assert.That(Matches("Privacy & security", "Privacy & Security"), Is.True);
    }
}
