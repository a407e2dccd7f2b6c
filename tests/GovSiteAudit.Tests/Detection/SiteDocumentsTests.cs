using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class SiteDocumentsTests
{
    [Test]
    public void A_view_of_some_pages_shares_the_documents_already_parsed_and_those_it_parses()
    {
        var home = Sites.Page("<a href='/contact'>Contact us</a>");
        var contact = Sites.Page("<a href='mailto:info@example.gov'>info@example.gov</a>", Sites.HomeUrl + "contact");
        var other = Sites.Page("<p>Other</p>", Sites.HomeUrl + "other");
        var site = new SiteDocuments(Sites.Of(home, contact, other));
        var parsedHome = site.InScope(PageScope.Home)[0];

        var view = site.Only([home, contact]);

        Assert.That(view.InScope(PageScope.All).Select(d => d.Url), Is.EqualTo(new[] { home.Url, contact.Url }), "only the pages asked for");
        Assert.That(view.InScope(PageScope.Home)[0], Is.SameAs(parsedHome), "the home page is not parsed again");
        var parsedContact = view.InScope(PageScope.All)[1];
        Assert.That(site.InScope(PageScope.All)[1], Is.SameAs(parsedContact), "a page the view parsed serves the whole site too");
    }
}
