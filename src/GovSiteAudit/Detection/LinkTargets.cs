using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// The <c>target_shows</c> check of a <c>link_text</c> rule: a link whose page was crawled counts only when that page or
/// the page holding the link shows the rule too. A "Contact us" link says there is a way to write, and the page behind it
/// can say otherwise (phone numbers only); a single saved page, whose links lead nowhere crawled, keeps the link's word.
/// </summary>
internal sealed class LinkTargets(Rule shows, SiteDocuments site)
{
    private readonly Dictionary<(string From, string To), bool> _judged = [];

    public bool Confirm(ParsedDocument document, HtmlNode link)
    {
        if (link.Name is not ("a" or "area"))
        {
            return true;
        }

        var from = PageOf(document.Url);
        var to = PageOf(document.Resolve(ParsedDocument.Attribute(link, "href")));
        if (from == null || to == null || ReferenceEquals(from, to))
        {
            // Not reached (or a place on the same page): the link's own words are the evidence.
            return true;
        }

        if (!_judged.TryGetValue((from.Url, to.Url), out var shown))
        {
            var pair = site.Site with { Pages = [from, to] };
            shown = Detector.Evaluate(shows, new SiteDocuments(pair, site.Patterns) { BuiltIn = site.BuiltIn, AuditedAt = site.AuditedAt }) != null;
            _judged[(from.Url, to.Url)] = shown;
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

        var hash = address.IndexOf('#', StringComparison.Ordinal);
        var route = hash >= 0 && hash + 1 < address.Length && address[hash + 1] is '/' or '!';
        var bare = hash >= 0 && !route ? address[..hash] : address;
        foreach (var page in site.Site.Pages)
        {
            if (page.Url == address || page.Url == bare || page.Frames.Any(f => f.Url == address))
            {
                return page;
            }
        }

        return null;
    }
}
