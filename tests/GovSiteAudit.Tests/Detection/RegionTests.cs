using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class RegionTests
{
    private static readonly LinkTextRule PrivacyInFooter = Sites.Link(["Privacy"], region: Region.Footer);

    [TestCase("<footer><a href=\"/p\">Privacy</a></footer>", "footer")]
    [TestCase("<div id=\"footer\"><a href=\"/p\">Privacy</a></div>", "div#footer")]
    [TestCase("<div id=\"Page_Foot\"><a href=\"/p\">Privacy</a></div>", "div#Page_Foot")]
    [TestCase("<div class=\"wrap site-bottom\"><a href=\"/p\">Privacy</a></div>", "div.wrap")]
    [TestCase("<div role=\"contentinfo\"><a href=\"/p\">Privacy</a></div>", "div[role=contentinfo]")]
    public void Footer_is_found_by_element_id_class_or_role(string footer, string regionElement)
    {
        var site = Sites.Of($"<body><div class=\"x\"><a href=\"/a\">About</a></div>{footer}</body>");

        Assert.That(Detector.Evaluate(PrivacyInFooter, site), Is.Not.Null);
        var text = Detector.Evaluate(Sites.Text(["privacy"], region: Region.Footer), site);
        Assert.That(text?.Element, Is.EqualTo(regionElement));
    }

    [Test]
    public void Link_outside_the_region_does_not_count()
    {
        var site = Sites.Of("<body><main><a href=\"/p\">Privacy</a></main><footer><a href=\"/c\">Contact</a></footer></body>");

        Assert.That(Detector.Evaluate(PrivacyInFooter, site), Is.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["Privacy"], region: Region.Main), site), Is.Not.Null);
    }

    [Test]
    public void Every_occurrence_of_a_region_is_checked()
    {
        var site = Sites.Of("<body><div id=\"footer-top\"><a href=\"/c\">Contact</a></div><p>x</p><footer><a href=\"/p\">Privacy</a></footer></body>");

        Assert.That(Detector.Evaluate(PrivacyInFooter, site), Is.Not.Null);
    }

    [TestCase("<header><a href=\"/l\">Login</a></header>", true)]
    [TestCase("<div role=\"banner\"><a href=\"/l\">Login</a></div>", true)]
    [TestCase("<div id=\"pageTop\"><a href=\"/l\">Login</a></div>", true)]
    [TestCase("<div class=\"desktop-only\"><a href=\"/l\">Login</a></div>", false)]
    public void Header_region(string markup, bool found)
    {
        var site = Sites.Of($"<body>{markup}</body>");

        Assert.That(Detector.Evaluate(Sites.Link(["login"], region: Region.Header), site) != null, Is.EqualTo(found));
    }

    [TestCase("<nav><a href=\"/s\">Services</a></nav>")]
    [TestCase("<ul role=\"navigation\"><li><a href=\"/s\">Services</a></li></ul>")]
    [TestCase("<div class=\"mainMenu\"><a href=\"/s\">Services</a></div>")]
    public void Nav_region(string markup)
    {
        Assert.That(Detector.Evaluate(Sites.Link(["services"], region: Region.Nav), Sites.Of($"<body>{markup}</body>")), Is.Not.Null);
    }

    [Test]
    public void Page_type_class_on_body_is_not_a_region()
    {
        var site = Sites.Of("<body class=\"main-page footer-fixed\"><a href=\"/p\">Privacy</a></body>");

        Assert.That(Detector.Evaluate(PrivacyInFooter, site), Is.Null);
    }
}
