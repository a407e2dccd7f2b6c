using GovSiteAudit.Rubrics;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>Reading the rule kinds and keyword syntax added for issue 11, and their errors with file:line:column.</summary>
public sealed class FeatureRuleReaderTests
{
    private static Rule Read(string ruleFlow) =>
        RubricLoader.Parse(WithRule(ruleFlow), "t.yaml").AllIndicators.Single().Indicator.Rule;

    [Test]
    public void New_kinds_are_read_with_their_options()
    {
        Assert.That(Read("{feed: {}}"), Is.EqualTo(new FeedRule(false, PageScope.All)));
        Assert.That(Read("{feed: {head: true, pages: home}}"), Is.EqualTo(new FeedRule(true, PageScope.Home)));

        var account = (AccountLinkRule)Read("{account_link: {hosts: [Facebook.com, line.me.]}}");
        Assert.That(account.Hosts, Is.EqualTo(new[] { "facebook.com", "line.me" }));

        var block = (BlockRule)Read("{block: {label: [便民服務], links: [申請], links_exclude: [須知], min_links: 3, max_gap: 4}}");
        Assert.That(block.Label.Include, Is.EqualTo(new[] { "便民服務" }));
        Assert.That(block.Links!.Exclude, Is.EqualTo(new[] { "須知" }));
        Assert.That((block.MinLinks, block.Label.MaxGap, block.Links.MaxGap), Is.EqualTo((3, 4, 4)));
        Assert.That(((BlockRule)Read("{block: {label: [e-Services]}}")).MinLinks, Is.EqualTo(2));

        var handler = (HandlerRule)Read("{handler: {regex: 'setActiveStyleSheet'}}");
        Assert.That(handler.PatternSource, Is.EqualTo("setActiveStyleSheet"));
    }

    [Test]
    public void Link_text_and_text_take_max_gap_and_skip_headlines()
    {
        var link = (LinkTextRule)Read("{link_text: {keywords: ['常見…問題', 'subscribe~'], max_gap: 3, skip_headlines: true}}");
        Assert.That((link.Keywords.MaxGap, link.SkipHeadlines, link.SkipFormButtons), Is.EqualTo((3, true, false)));
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Apply], skip_form_buttons: true}}")).SkipFormButtons, Is.True);
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Chat], controls_only: true}}")).ControlsOnly, Is.True);
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Chat]}}")).ControlsOnly, Is.False);
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Contact us], target_shows: {href: {regex: '^mailto:'}}}}")).TargetShows, Is.TypeOf<HrefRule>());
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Chat]}}")).TargetShows, Is.Null);
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [登入], page_exclude: [員工, Staff]}}")).PageExclude!.Include, Is.EqualTo(new[] { "員工", "Staff" }));
        Assert.That(((FormRule)Read("{form: {input_type: password, page_exclude: [Intranet]}}")).PageExclude!.Include, Is.EqualTo(new[] { "Intranet" }));
        Assert.That(((LinkTextRule)Read("{link_text: {keywords: [Chat]}}")).PageExclude, Is.Null);
        Assert.That(((TextRule)Read("{text: {keywords: [FAQ]}}")).Keywords.MaxGap, Is.EqualTo(KeywordSet.DefaultMaxGap));
    }

    [TestCase("{link_text: {keywords: ['…問題']}}", "'…問題'", "not at its start or end")]
    [TestCase("{link_text: {keywords: [FAQ, '常見……問題']}}", "'常見……問題'", "twice in a row")]
    [TestCase("{link_text: {keywords: ['~subscribe']}}", "'~subscribe'", "must follow the word directly")]
    [TestCase("{link_text: {keywords: ['常見~']}}", "'常見~'", "Latin word")]
    [TestCase("{link_text: {keywords: ['sub~scribe']}}", "'sub~scribe'", "ends a word")]
    [TestCase("{text: {keywords: [a~ b~ c~]}}", "a~ b~ c~", "at most 2 words")]
    [TestCase("{link_text: {keywords: [FAQ], max_gap: 0}}", "0}", "max_gap must be a whole number ≥ 1")]
    [TestCase("{link_text: {keywords: [FAQ], max_gap: 500}}", "500", "at most 200")]
    [TestCase("{link_text: {keywords: [FAQ], skip_headlines: 'yes'}}", "'yes'", "skip_headlines must be true or false")]
    [TestCase("{link_text: {keywords: [Apply], skip_form_buttons: 1}}", "1}", "skip_form_buttons must be true or false")]
    [TestCase("{link_text: {keywords: [Apply], skip_form_button: true}}", "skip_form_button", "did you mean 'skip_form_buttons'")]
    [TestCase("{link_text: {keywords: [Chat], controls_only: 'yes'}}", "'yes'", "controls_only must be true or false")]
    [TestCase("{link_text: {keywords: [Chat], control_only: true}}", "control_only", "did you mean 'controls_only'")]
    [TestCase("{link_text: {keywords: [Contact us], target_shows: {scheme: https}}}", "{scheme", "target_shows takes rules on a page's content")]
    [TestCase("{link_text: {keywords: [Contact us], target_shows: {any: [{href: {regex: x}}, {axe: {}}]}}}", "{any", "got axe")]
    [TestCase("{link_text: {keywords: [Contact us], target_shows: {hrf: {regex: x}}}}", "hrf", "did you mean 'href'")]
    [TestCase("{link_text: {keywords: [登入], page_exclude: 員工}}", "員工}", "page_exclude must be a list of keywords")]
    [TestCase("{form: {input_type: password, page_exclude: ['…員工']}}", "'…員工'", "not at its start or end")]
    [TestCase("{form: {input_type: password, page_excludes: [x]}}", "page_excludes", "did you mean 'page_exclude'")]
    [TestCase("{feed: {head: 1}}", "1}", "head must be true or false")]
    [TestCase("{feed: []}", "[]", "feed takes a mapping of options")]
    [TestCase("{account_link: {hosts: []}}", "[]", "hosts must be a list of host names")]
    [TestCase("{account_link: {hosts: [facebook.com, 'https://x.com/']}}", "'https://x.com/'", "is not a host name")]
    [TestCase("{account_link: {}}", "{}", "missing the required key 'hosts'")]
    [TestCase("{block: {links: [申請]}}", "{links", "missing the required key 'label'")]
    [TestCase("{block: {label: [x], links_exclude: [y]}}", "links_exclude", "links_exclude needs links")]
    [TestCase("{block: {label: [x], min_links: 0}}", "0}", "min_links must be a whole number ≥ 1")]
    [TestCase("{handler: {regex: '(unclosed'}}", "'(unclosed'", "invalid regex")]
    [TestCase("{handlr: {regex: x}}", "handlr", "did you mean 'handler'")]
    public void Mistakes_are_reported_where_they_are(string ruleFlow, string at, string message)
    {
        var text = WithRule(ruleFlow);
        var error = SingleError(text, Find(text, at));
        Assert.That(error.Message, Does.Contain(message));
    }
}
