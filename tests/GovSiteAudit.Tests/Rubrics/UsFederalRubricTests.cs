using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// The <c>us-federal</c> rubric against the required-links scan of the GSA Site Scanning engine
/// (GSA/site-scanning-engine, libs/core-scanner/src/scans/required-links.ts). Pages are hand-written fixtures
/// (<c>Fixtures/federal</c>, see its README); detection is pure, so no browser is needed.
/// </summary>
public sealed class UsFederalRubricTests
{
    private static readonly Rubric Rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", "us-federal.yaml"));

    /// <summary>Every requirement the engine's required-links scan checks, by this rubric's indicator id.</summary>
    private static readonly string[] RequiredLinks =
    [
        "about", "accessibility", "budget_performance", "foia", "inspector_general", "no_fear_act", "privacy_policy",
        "usagov_link", "vulnerability_disclosure", "spanish_version",
    ];

    private static Dictionary<string, Finding> Detect(string fixture)
    {
        var html = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "federal", fixture));
        var site = Sites.Of(Sites.Page(html, "https://www.example-office.gov/"));
        return Detector.Detect(Rubric, site).ToDictionary(f => f.IndicatorId);
    }

    [Test]
    public void The_rubric_has_an_indicator_for_every_required_link_the_engine_checks()
    {
        Assert.That(Rubric.AllIndicators.Select(x => x.Indicator.Id), Is.SupersetOf(RequiredLinks));
    }

    /// <summary>
    /// The engine's own test (required-links.spec.ts) expects, on its identifier page, the link texts accessibility,
    /// budget and performance, no fear act, foia, freedom of information act, inspector general, vulnerability
    /// disclosure and usa.gov, and the addresses about, foia and usa.gov. The same page here is found for each.
    /// </summary>
    [TestCase("about", "About")]
    [TestCase("accessibility", "Accessibility statement")]
    [TestCase("budget_performance", "Budget and performance")]
    [TestCase("no_fear_act", "No FEAR Act data")]
    [TestCase("foia", "FOIA requests")]
    [TestCase("inspector_general", "Office of the Inspector General")]
    [TestCase("privacy_policy", "Privacy and website policies")]
    [TestCase("vulnerability_disclosure", "Vulnerability disclosure policy")]
    [TestCase("usagov_link", "https://www.usa.gov/")]
    public void The_engines_expectations_on_an_identifier_footer_are_met(string indicator, string matched)
    {
        var finding = Detect("identifier.html")[indicator];

        Assert.That(finding.Found, Is.True, indicator);
        Assert.That(finding.Evidence!.Text, Is.EqualTo(matched));
    }

    [Test]
    public void Whole_sentence_links_and_offices_on_their_own_domains_are_found()
    {
        var findings = Detect("sentences.html");

        Assert.Multiple(() =>
        {
            foreach (var indicator in RequiredLinks)
            {
                Assert.That(findings[indicator].Found, Is.True, indicator);
            }
        });
        Assert.That(findings["inspector_general"].Evidence!.Text, Does.StartWith("https://oig.hhs.gov/"), "the IG by its own domain");
        Assert.That(findings["foia"].Evidence!.Text, Does.StartWith("https://www.foia.gov/"));
        Assert.That(findings["spanish_version"].Evidence!.Element, Is.EqualTo("a[href=\"/es/\"]"));
        Assert.That(findings["budget_performance"].Evidence!.Text, Does.Contain("budget, our strategic plan and our annual performance"));
    }

    [Test]
    public void The_same_words_used_for_something_else_are_not_found()
    {
        var findings = Detect("near-misses.html");

        Assert.Multiple(() =>
        {
            foreach (var indicator in RequiredLinks)
            {
                Assert.That(findings[indicator].Found, Is.False, $"{indicator}: {findings[indicator].Evidence}");
            }
        });
    }
}
