using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>What the loader builds from valid rubrics: every rule kind with its options, defaults, formats.</summary>
[TestFixture]
public sealed class RubricLoaderModelTests
{
    private static Rubric AllRules() => RubricLoader.Load(FixturePath("good", "all-rules.yaml"));

    private static Rule RuleOf(Rubric rubric, string indicatorId) =>
        rubric.AllIndicators.Single(x => x.Indicator.Id == indicatorId).Indicator.Rule;

    [Test]
    public void Rubric_DimensionsAndIndicators_AreRead()
    {
        var rubric = AllRules();
        Assert.Multiple(() =>
        {
            Assert.That(rubric.Id, Is.EqualTo("all-rules"));
            Assert.That(rubric.Name, Is.EqualTo("Every rule kind 每種規則"));
            Assert.That(rubric.Language, Is.EqualTo("zh-Hant"));
            Assert.That(rubric.Description, Is.EqualTo("Fixture for the rubric loader tests."));
            Assert.That(rubric.Source, Is.EqualTo(FixturePath("good", "all-rules.yaml")));
            Assert.That(rubric.Dimensions.Select(d => d.Id), Is.EqualTo(new[] { "usability", "interaction" }));
            Assert.That(rubric.Dimensions[0].Weight, Is.EqualTo(2.5));
            Assert.That(rubric.Dimensions[0].Name, Is.EqualTo("網站介面可用性 Interface usability"));
            Assert.That(rubric.Dimensions[0].Description, Is.EqualTo("How easy the site is to find one's way in."));
            Assert.That(rubric.Dimensions[1].Description, Is.Null);
            Assert.That(rubric.AllIndicators.Count(), Is.EqualTo(20));
        });
        var sitemap = rubric.Dimensions[0].Indicators[0];
        Assert.That((sitemap.Id, sitemap.Name, sitemap.Weight, sitemap.Description), Is.EqualTo(("sitemap", "網站導覽 Site map", 1.0, "A site map link.")));
        Assert.That(rubric.Dimensions[0].Indicators[1].Weight, Is.EqualTo(0.5));
    }

    [Test]
    public void LinkText_WithAllOptions_KeywordsKeptAsWritten()
    {
        var rule = (LinkTextRule)RuleOf(AllRules(), "sitemap");
        Assert.Multiple(() =>
        {
            Assert.That(rule.Keywords.Include, Is.EqualTo(new[] { "網站導覽", "網站地圖", "Sitemap", "ＦＡＱ" }), "full-width stays: the detector normalises");
            Assert.That(rule.Keywords.Exclude, Is.EqualTo(new[] { "Sitemap.xml" }));
            Assert.That(rule.Region, Is.EqualTo(Region.Footer));
            Assert.That(rule.Pages, Is.EqualTo(PageScope.Home));
            Assert.That(rule.MaxLength, Is.EqualTo(20));
        });
    }

    [Test]
    public void Text_WithAllOptions()
    {
        var rule = (TextRule)RuleOf(AllRules(), "privacy-text");
        Assert.That(rule.Keywords.Include, Is.EqualTo(new[] { "隱私權政策", "Privacy policy" }));
        Assert.That(rule.Keywords.Exclude, Is.EqualTo(new[] { "沒有" }));
        Assert.That((rule.Region, rule.Pages), Is.EqualTo((Region.Main, PageScope.All)));
    }

    [Test]
    public void Href_Regex()
    {
        var rule = (HrefRule)RuleOf(AllRules(), "rss");
        Assert.That(rule.PatternSource, Is.EqualTo(@"\.(rss|xml)$"));
        Assert.That(rule.Pages, Is.EqualTo(PageScope.Home));
        Assert.That(rule.Pattern.IsMatch("https://x.gov.tw/News.RSS"), Is.True, "case-insensitive");
        Assert.That(rule.Pattern.IsMatch("https://x.gov.tw/rss/"), Is.False);
    }

    [Test]
    public void Href_Glob_IsAnchoredAndEscaped()
    {
        var rule = (HrefRule)RuleOf(AllRules(), "gov-links");
        Assert.Multiple(() =>
        {
            Assert.That(rule.PatternSource, Is.EqualTo("https://*.gov.tw/?*"));
            Assert.That(rule.Pages, Is.EqualTo(PageScope.All));
            Assert.That(rule.Pattern.IsMatch("https://www.gov.tw/a"), Is.True);
            Assert.That(rule.Pattern.IsMatch("HTTPS://WWW.GOV.TW/A"), Is.True);
            Assert.That(rule.Pattern.IsMatch("https://www.govxtw/a"), Is.False, "'.' is literal");
            Assert.That(rule.Pattern.IsMatch("https://www.gov.tw/"), Is.False, "'?' needs one character");
            Assert.That(rule.Pattern.IsMatch("see https://www.gov.tw/a"), Is.False, "anchored at the start");
        });
    }

    [TestCase("http://a.tw/x(1)+[y]", "http://a.tw/x(1)+[y]", true)]
    [TestCase("http://a.tw/x(1)+[y]", "http://a.tw/x1+y", false)]
    [TestCase("*.pdf", "https://a.tw/f.pdf", true)]
    [TestCase("*.pdf", "https://a.tw/f.pdf?x=1", false)]
    public void Glob_SpecialCharactersAreLiteral(string glob, string url, bool matches)
    {
        Assert.That(RubricModelReader.CompileGlob(glob).IsMatch(url), Is.EqualTo(matches));
    }

    [Test]
    public void XPath()
    {
        var rule = (XPathRule)RuleOf(AllRules(), "breadcrumb");
        Assert.That(rule.Expression, Is.EqualTo("//nav[@aria-label='breadcrumb']//a"));
        Assert.That(rule.Pages, Is.EqualTo(PageScope.All));
    }

    [Test]
    public void Form_WithAllCriteria()
    {
        var rule = (FormRule)RuleOf(AllRules(), "search");
        Assert.Multiple(() =>
        {
            Assert.That(rule.InputTypes, Is.EqualTo(new[] { "search", "text" }));
            Assert.That(rule.Role, Is.EqualTo("search"));
            Assert.That(rule.Name!.IsMatch("Query"), Is.True);
            Assert.That(rule.Name.IsMatch("queryx"), Is.False);
            Assert.That(rule.Label!.Include, Is.EqualTo(new[] { "搜尋", "Search" }));
            Assert.That(rule.Label.Exclude, Is.EqualTo(new[] { "Advanced" }));
            Assert.That(rule.Action!.ToString(), Is.EqualTo("search"));
            Assert.That(rule.Pages, Is.EqualTo(PageScope.Home));
        });
    }

    [Test]
    public void Form_SingleInputTypeString_OtherCriteriaAbsent()
    {
        var rule = (FormRule)RuleOf(AllRules(), "email-form");
        Assert.That(rule.InputTypes, Is.EqualTo(new[] { "email" }));
        Assert.That((rule.Role, rule.Name, rule.Label, rule.Action), Is.EqualTo(((string?)null, (Regex?)null, (KeywordSet?)null, (Regex?)null)));
        Assert.That(rule.Pages, Is.EqualTo(PageScope.All));
    }

    [Test]
    public void Meta_Header_Scheme_HttpsRedirect_Request()
    {
        var rubric = AllRules();
        var meta = (MetaRule)RuleOf(rubric, "description-meta");
        Assert.That((meta.Name, meta.Content!.ToString(), meta.Pages), Is.EqualTo(("description", @"\S", PageScope.Home)));
        var header = (HeaderRule)RuleOf(rubric, "hsts");
        Assert.That((header.Name, header.Value!.ToString()), Is.EqualTo(("Strict-Transport-Security", @"max-age=\d+")));
        Assert.That(((SchemeRule)RuleOf(rubric, "https")).Scheme, Is.EqualTo("https"));
        Assert.That(RuleOf(rubric, "https-redirect"), Is.TypeOf<HttpsRedirectRule>());
        var request = (RequestRule)RuleOf(rubric, "analytics");
        Assert.That(request.Url.IsMatch("https://www.GoogleTagManager.com/gtag/js"), Is.True);
        Assert.That(request.Pages, Is.EqualTo(PageScope.All));
    }

    [Test]
    public void Storage_WithOptions_AndWithDefaults()
    {
        var rubric = AllRules();
        var tracking = (StorageRule)RuleOf(rubric, "tracking-cookie");
        Assert.That((tracking.Kinds, tracking.PersistentOnly, tracking.FirstPartyOnly), Is.EqualTo((StorageKinds.Cookie, false, false)));
        Assert.That((tracking.Name!.ToString(), tracking.ExcludeName!.ToString()), Is.EqualTo(("^_ga", "^_gat")));
        var any = (StorageRule)RuleOf(rubric, "any-storage");
        Assert.That((any.Kinds, any.PersistentOnly, any.FirstPartyOnly, any.Name, any.ExcludeName),
            Is.EqualTo((StorageKinds.Any, true, true, (Regex?)null, (Regex?)null)));
    }

    [TestCase("local_storage", StorageKinds.LocalStorage)]
    [TestCase("cookie", StorageKinds.Cookie)]
    [TestCase("any", StorageKinds.Any)]
    public void Storage_Kinds(string kind, StorageKinds expected)
    {
        var rubric = RubricLoader.Parse(WithRule($"{{storage: {{kind: {kind}}}}}"), "t.yaml");
        Assert.That(((StorageRule)RuleOf(rubric, "i")).Kinds, Is.EqualTo(expected));
    }

    [Test]
    public void AnyAllNot_Compose()
    {
        var rule = (AnyRule)RuleOf(AllRules(), "contact");
        Assert.That(rule.Rules, Has.Count.EqualTo(2));
        Assert.That(((LinkTextRule)rule.Rules[0]).Keywords.Include, Is.EqualTo(new[] { "聯絡我們", "Contact us" }));
        var all = (AllRule)rule.Rules[1];
        Assert.That(((TextRule)all.Rules[0]).Keywords.Include, Is.EqualTo(new[] { "電子郵件", "Email" }));
        var not = (NotRule)all.Rules[1];
        Assert.That(((LinkTextRule)not.Inner).Keywords.Include, Is.EqualTo(new[] { "mailto" }));
    }

    [Test]
    public void Defaults_PagesAllRegionPageNoMaxLengthNoExclude()
    {
        var rubric = RubricLoader.Parse(WithRule("{link_text: {keywords: [FAQ]}}"), "t.yaml");
        var rule = (LinkTextRule)RuleOf(rubric, "i");
        Assert.That((rule.Region, rule.Pages, rule.MaxLength), Is.EqualTo((Region.Page, PageScope.All, (int?)null)));
        Assert.That(rule.Keywords.Exclude, Is.Empty);
        Assert.That(rubric.Language, Is.Null);
        Assert.That(rubric.Description, Is.Null);
    }

    [Test]
    public void Regexes_AreCaseInsensitiveCultureInvariant_WithOneSecondTimeout()
    {
        var rubric = AllRules();
        var regexes = new[]
        {
            ((HrefRule)RuleOf(rubric, "rss")).Pattern,
            ((HrefRule)RuleOf(rubric, "gov-links")).Pattern,
            ((FormRule)RuleOf(rubric, "search")).Name!,
            ((MetaRule)RuleOf(rubric, "description-meta")).Content!,
            ((HeaderRule)RuleOf(rubric, "hsts")).Value!,
            ((StorageRule)RuleOf(rubric, "tracking-cookie")).ExcludeName!,
            ((RequestRule)RuleOf(rubric, "analytics")).Url,
        };
        foreach (var regex in regexes)
        {
            Assert.That(regex.Options, Is.EqualTo(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), regex.ToString());
            Assert.That(regex.MatchTimeout, Is.EqualTo(TimeSpan.FromSeconds(1)), regex.ToString());
        }
    }

    [Test]
    public void YamlAndJson_OfTheSameRubric_LoadToEqualModels()
    {
        var yaml = RubricLoader.Load(FixturePath("good", "all-rules.yaml"));
        var json = RubricLoader.Load(FixturePath("good", "all-rules.json"));
        Assert.That(json.Source, Does.EndWith("all-rules.json"));
        Assert.That(Dump(json), Is.EqualTo(Dump(yaml)));
        // The dump really compares content: a changed weight shows.
        var changed = RubricLoader.Parse(File.ReadAllText(FixturePath("good", "all-rules.json")).Replace("\"weight\": 3", "\"weight\": 4"), "x.json");
        Assert.That(Dump(changed), Is.Not.EqualTo(Dump(yaml)));
    }

    [Test]
    public void Format_IsSniffedWithoutAKnownExtension()
    {
        var yamlText = File.ReadAllText(FixturePath("good", "minimal.yaml"));
        const string jsonText = """
            { "id": "minimal", "name": "Minimal", "dimensions": [ { "id": "security", "name": "Security", "weight": 1,
              "indicators": [ { "id": "https", "name": "HTTPS", "weight": 1, "rule": { "scheme": "https" } } ] } ] }
            """;
        var fromYaml = RubricLoader.Parse(yamlText, "stdin");
        var fromJson = RubricLoader.Parse(jsonText, "stdin");
        Assert.That(Dump(fromJson), Is.EqualTo(Dump(fromYaml)));
        Assert.That(fromJson.Source, Is.EqualTo("stdin"));
        // A JSON syntax error is reported as JSON, proving the sniffing chose the JSON reader.
        var error = Assert.Throws<RubricException>(() => RubricLoader.Parse("{ \"id\": }", "stdin"))!.Errors.Single();
        Assert.That(error.Message, Does.StartWith("JSON syntax error"));
    }

    [Test]
    public void Json_WithTabsEscapesAndBom_Loads()
    {
        const string text = "\uFEFF{\n\t\"id\": \"t\",\n\t\"name\": \"A\\/B \\u5e38\\u898b \\ud83d\\ude00\",\n\t\"dimensions\": [{\"id\": \"d\", \"name\": \"D\", \"weight\": 1e0,\n\t\t\"indicators\": [{\"id\": \"i\", \"name\": \"I\", \"weight\": 0.25, \"rule\": {\"https_redirect\": true}}]}]\n}";
        var rubric = RubricLoader.Parse(text, "t.json");
        Assert.That(rubric.Name, Is.EqualTo("A/B 常見 😀"));
        Assert.That(rubric.Dimensions[0].Weight, Is.EqualTo(1.0));
        Assert.That(rubric.Dimensions[0].Indicators[0].Weight, Is.EqualTo(0.25));
    }

    [Test]
    public void Yaml_PlainYesStaysText_AndQuotedNumbersAreText()
    {
        var rubric = RubricLoader.Parse(WithRule("{text: {keywords: [yes, No, '1999', on]}}"), "t.yaml");
        Assert.That(((TextRule)RuleOf(rubric, "i")).Keywords.Include, Is.EqualTo(new[] { "yes", "No", "1999", "on" }));
    }

    [Test]
    public void AnchorsAndAliases_AreAllowed()
    {
        var rubric = RubricLoader.Load(FixturePath("good", "anchors.yaml"));
        var link = (LinkTextRule)RuleOf(rubric, "faq-link");
        var text = (TextRule)RuleOf(rubric, "faq-text");
        Assert.That(text.Keywords.Include, Is.EqualTo(link.Keywords.Include));
        Assert.That(text.Keywords.Include, Is.EqualTo(new[] { "常見問題", "FAQ", "Q&A" }));
    }

    [Test]
    public void SchemaKey_IsAllowedAtTopLevel()
    {
        var rubric = RubricLoader.Parse("$schema: ./rubric.schema.json\n" + WithRule("{scheme: http}"), "t.yaml");
        Assert.That(((SchemeRule)RuleOf(rubric, "i")).Scheme, Is.EqualTo("http"));
    }

    [Test]
    public void LinkKeywords_AreDistinctIncludeKeywordsOfEveryLinkTextRule()
    {
        var keywords = AllRules().LinkKeywords();
        Assert.That(keywords, Is.EqualTo(new[] { "網站導覽", "網站地圖", "Sitemap", "ＦＡＱ", "常見", "問題", "subscribe", "聯絡我們", "Contact us", "mailto" })); // keyword syntax dropped: 常見…問題 → its parts, subscribe~ → subscribe

        var twice = RubricLoader.Load(FixturePath("good", "anchors.yaml")).LinkKeywords();
        Assert.That(twice, Is.EqualTo(new[] { "常見問題", "FAQ", "Q&A" }));
    }

    [Test]
    public void LinkKeywords_CaseVariantsCountOnce()
    {
        var rubric = RubricLoader.Parse(WithRule("{any: [{link_text: {keywords: [FAQ, faq]}}, {link_text: {keywords: [Faq, 問答], exclude: [x]}}, {text: {keywords: [t]}}]}"), "t.yaml");
        Assert.That(rubric.LinkKeywords(), Is.EqualTo(new[] { "FAQ", "問答" }));
    }
}
