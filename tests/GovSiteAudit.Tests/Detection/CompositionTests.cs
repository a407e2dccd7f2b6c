using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class CompositionTests
{
    private static readonly GovSiteAudit.Snapshots.SiteSnapshot Site =
        Sites.Of("<body><a href=\"/faq\">FAQ</a><p>Contact us by phone.</p></body>");

    private static readonly Rule Faq = Sites.Link(["FAQ"]);
    private static readonly Rule Phone = Sites.Text(["phone"]);
    private static readonly Rule Login = Sites.Link(["login"]);

    [Test]
    public void Any_returns_the_first_found_child_evidence()
    {
        Assert.That(Detector.Evaluate(new AnyRule([Login, Phone, Faq]), Site)?.Element, Is.EqualTo("body"));
        Assert.That(Detector.Evaluate(new AnyRule([Login]), Site), Is.Null);
    }

    [Test]
    public void All_needs_every_child_and_returns_the_first_evidence()
    {
        Assert.That(Detector.Evaluate(new AllRule([Faq, Phone]), Site)?.Element, Is.EqualTo("a[href=\"/faq\"]"));
        Assert.That(Detector.Evaluate(new AllRule([Faq, Login]), Site), Is.Null);
    }

    [Test]
    public void Not_is_found_when_the_inner_rule_is_not()
    {
        Assert.That(Detector.Evaluate(new NotRule(Login), Site),
            Is.EqualTo(new Evidence(Sites.HomeUrl, "not", "no match: link_text [login]")));
        Assert.That(Detector.Evaluate(new NotRule(Faq), Site), Is.Null);
    }

    [Test]
    public void Nested_composition()
    {
        var rule = new AllRule([new AnyRule([Login, Faq]), new NotRule(new HeaderRule("X-Powered-By", null))]);

        Assert.That(Detector.Evaluate(rule, Site)?.Text, Is.EqualTo("FAQ"));
    }
}
