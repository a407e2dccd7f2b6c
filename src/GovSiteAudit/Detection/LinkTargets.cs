using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// The <c>target_shows</c> check of a <c>link_text</c> rule: a link whose page was crawled counts only when the rule holds
/// on that page and the home page taken together — "shown on either" for a plain rule, "on neither" for a <c>not</c> (the
/// home, not the page holding the link: a crime-report form beside a "Contact us" link
/// in the menu of an inner page is not the contact channel). A "Contact us" link says there is a way to write, and the page behind it
/// can say otherwise (phone numbers only); a single saved page, whose links lead nowhere crawled, keeps the link's word.
/// </summary>
internal sealed class LinkTargets(Rule shows, SiteDocuments site)
{
    private readonly Dictionary<string, bool> _judged = [];

    public bool Confirm(ParsedDocument document, HtmlNode link)
    {
        var href = ParsedDocument.Attribute(link, "href");
        if (link.Name is not ("a" or "area") || string.IsNullOrWhiteSpace(href))
        {
            // A control, or a link without an address (a script opens the mailbox): it leads to no page to judge by.
            return true;
        }

        var address = document.Resolve(href);
        var to = PageOf(address);
        var home = site.Site.Home;
        if (to == null || home == null || (ReferenceEquals(PageOf(document.Url), to) && address != to.Url))
        {
            // Not reached, or a place on the page the link is on (#contact): the link's own words are the evidence.
            return true;
        }

        if (!_judged.TryGetValue(to.Url, out var shown))
        {
            var pages = ReferenceEquals(home, to) ? new[] { home } : [home, to];
            shown = Detector.Evaluate(shows, site.Only(pages)) != null;
            _judged[to.Url] = shown;
        }

        return shown;
    }

    /// <summary>
    /// The crawled page at an address: the same URL, or without a plain fragment (#contact is a place on the page; #/contact
    /// is a route of an app, a page of its own). A frame's document belongs to the page that holds it.
    /// </summary>
    private PageSnapshot? PageOf(string? address)
    {
        if (address == null)
        {
            return null;
        }

        var bare = WithoutPlace(address);
        foreach (var page in site.Site.Pages)
        {
            if (page.Url == address || page.Url == bare || page.Frames.Any(f => f.Url == address))
            {
                return page;
            }
        }

        return null;
    }

    /// <summary>An address without a plain fragment (#contact is a place on the page; #/contact is a route of an app, kept).</summary>
    internal static string WithoutPlace(string address)
    {
        var hash = address.IndexOf('#', StringComparison.Ordinal);
        var route = hash >= 0 && hash + 1 < address.Length && address[hash + 1] is '/' or '!';
        return hash >= 0 && !route ? address[..hash] : address;
    }
}
