using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

public sealed class RuleDescriptionTests
{
    [Test]
    public void Summaries_are_one_line_in_the_rubrics_terms()
    {
        // The evidence text of a `not` rule (Detector): written to indicators.csv, so its form is pinned here.
        var rule = new AnyRule(
        [
            new LinkTextRule(new KeywordSet(["常見問答", "FAQ"], ["新聞"]), Region.Nav, PageScope.All, 20),
            new NotRule(new HrefRule(new Regex("mailto:"), "mailto:", PageScope.All)),
            new AllRule([new SchemeRule("https"), new HttpsRedirectRule()]),
        ]);

        Assert.That(RuleDescription.Summary(rule), Is.EqualTo(
            "any(link_text [常見問答, FAQ] except [新聞] in nav; not(href /mailto:/); all(scheme https; https_redirect))"));
    }

    [Test]
    public void Composed_rules_read_as_nested_plain_words()
    {
        var rule = new AnyRule(
        [
            new LinkTextRule(new KeywordSet(["常見問答", "FAQ"], ["新聞"]), Region.Nav, PageScope.All, 20),
            new AllRule([new SchemeRule("https"), new HeaderRule("Strict-Transport-Security", null)]),
            new NotRule(new FormRule(["email"], null, null, null, null, PageScope.Home)),
        ]);

        var text = RuleDescription.Describe(rule);

        Assert.That(text, Is.EqualTo(
            "any of these:\n" +
            "  - a link or button in the navigation whose text (or its first line), image alt or title, aria-label, title or tooltip contains one of: \"常見問答\", \"FAQ\" (but not when it also says \"新聞\"); Chinese keywords match in Simplified and Traditional script alike (link texts over 20 characters, such as news headlines, are ignored), on any page visited\n" +
            "  - all of these:\n" +
            "    - the home page is finally served over HTTPS\n" +
            "    - the home page's response has the header 'Strict-Transport-Security'\n" +
            "  - none of this:\n" +
            "    - a form control of type email, on the home page"));
    }

    [Test]
    public void Every_leaf_rule_kind_has_its_own_sentence()
    {
        Rule[] rules =
        [
            new TextRule(KeywordSet.Of("x"), Region.Footer, PageScope.All),
            new HrefRule(new Regex("^mailto:"), "regex ^mailto:", PageScope.All),
            new XPathRule("//form", PageScope.All),
            new MetaRule("viewport", new Regex("width"), PageScope.Home),
            new HttpsRedirectRule(),
            new StorageRule(StorageKinds.Any, true, true, null, new Regex("^_ga")),
            new RequestRule(new Regex("dap\\.digitalgov\\.gov"), PageScope.All),
        ];

        var sentences = rules.Select(RuleDescription.Sentence).ToList();

        Assert.That(sentences, Is.Unique);
        Assert.That(sentences, Has.None.EqualTo("").And.None.Contains("Rule"));
        Assert.That(sentences[0], Does.Contain("in the footer"));
        Assert.That(sentences[5], Does.Contain("outlives the session").And.Contain("not named like ^_ga"));
    }

    [Test]
    public void Page_exclude_reads_in_plain_words()
    {
        var link = RuleDescription.Sentence(new LinkTextRule(KeywordSet.Of("登入"), Region.Page, PageScope.All, 16, PageExclude: KeywordSet.Of("同仁", "Staff")));
        var form = RuleDescription.Sentence(new FormRule(["password"], null, null, null, null, PageScope.All, KeywordSet.Of("Intranet")));

        Assert.That(link, Does.Contain("not on a page other than the home page whose title, h1 (or first h2 when it has none), or a link leading to it, says").And.Contain("\"同仁\""));
        Assert.That(form, Does.Contain("of type password").And.Contain("\"Intranet\""));
        Assert.That(RuleDescription.Sentence(new LinkTextRule(KeywordSet.Of("登入"), Region.Page, PageScope.All, 16)), Does.Not.Contain("title, h1"));
    }

    [Test]
    public void New_rule_kinds_read_in_plain_words()
    {
        var feed = RuleDescription.Sentence(new FeedRule(false, PageScope.All));
        var account = RuleDescription.Sentence(new AccountLinkRule(["facebook.com", "line.me"], PageScope.All));
        var block = RuleDescription.Sentence(new BlockRule(KeywordSet.Of("便民服務", "e-Services"), KeywordSet.Of("申請", "apply~"), 3, PageScope.Home));
        var handler = RuleDescription.Sentence(new HandlerRule(new Regex("setActiveStyleSheet"), "setActiveStyleSheet", PageScope.All));

        Assert.That(feed, Does.Contain("RSS or Atom feed").And.Not.Contain("head"));
        Assert.That(account, Does.Contain("facebook.com, line.me").And.Contain("not a share, intent, login or dialog link"));
        Assert.That(block, Does.StartWith("a block of at least 3 links labelled").And.Contain("\"便民服務\"")
            .And.Contain("one of whose links says").And.Contain("English forms").And.EndWith("on the home page"));
        Assert.That(handler, Does.Contain("onclick").And.Contain("setActiveStyleSheet"));
    }

    [Test]
    public void Keyword_syntax_is_explained_where_it_is_used()
    {
        var gap = RuleDescription.Sentence(new LinkTextRule(new KeywordSet(["常見…問題"], [], 4), Region.Page, PageScope.All, 16, SkipHeadlines: true));
        var plain = RuleDescription.Sentence(new LinkTextRule(KeywordSet.Of("FAQ"), Region.Page, PageScope.All, 16));

        Assert.That(gap, Does.Contain("'…' stands for up to 4 other characters").And.Contain("news entries, are ignored")
            .And.Contain("Simplified and Traditional script alike"));
        Assert.That(plain, Does.Not.Contain("…").And.Not.Contain("English forms").And.Not.Contain("news entries").And.Not.Contain("Simplified"));
        Assert.That(plain, Does.Not.Contain("form's own buttons"));
        Assert.That(RuleDescription.Sentence(new LinkTextRule(KeywordSet.Of("Apply"), Region.Page, PageScope.All, 50, SkipFormButtons: true)),
            Does.Contain("a form's own buttons, such as 'Apply' under a list filter, are ignored"));
        Assert.That(plain, Does.Not.Contain("only controls"));
        Assert.That(RuleDescription.Sentence(new LinkTextRule(KeywordSet.Of("Chat"), Region.Page, PageScope.All, 80, ControlsOnly: true)),
            Does.Contain("only controls that act on the page").And.Contain("links to other pages do not"));
    }
}
