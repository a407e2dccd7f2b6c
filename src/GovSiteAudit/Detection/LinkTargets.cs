using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
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
    private Dictionary<string, PageSnapshot>? _pages;

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
        if (address == null || to == null || home == null || (ReferenceEquals(PageOf(document.Url), to) && IsPlaceOnPage(address)))
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
    /// The crawled page at an address: the same page, or without a plain fragment (#contact is a place on the page; #/contact
    /// is a route of an app, a page of its own). A frame's document belongs to the page that holds it. Addresses are compared
    /// as a browser would reach the same page: http and https, the host's case, a default port, a trailing slash and a
    /// directory's index file make no difference (a menu written for http on a site now served over https).
    /// </summary>
    private PageSnapshot? PageOf(string? address)
    {
        if (address == null)
        {
            return null;
        }

        _pages ??= Index(site.Site.Pages);
        return _pages.GetValueOrDefault(Key(address));
    }

    private static Dictionary<string, PageSnapshot> Index(IReadOnlyList<PageSnapshot> pages)
    {
        var index = new Dictionary<string, PageSnapshot>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            index.TryAdd(Key(page.Url), page);
        }

        // A frame's own address leads to the page holding it, unless a page of that address was crawled itself.
        foreach (var page in pages)
        {
            foreach (var frame in page.Frames)
            {
                index.TryAdd(Key(frame.Url), page);
            }
        }

        return index;
    }

    private static bool IsPlaceOnPage(string address) => address.Contains('#', StringComparison.Ordinal) && !IsRoute(address);

    /// <summary>Whether the fragment is an app's route (<c>#/contact</c>, <c>#!contact</c>), a page of its own.</summary>
    private static bool IsRoute(string address)
    {
        var hash = address.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 && hash + 1 < address.Length && address[hash + 1] is '/' or '!';
    }

    /// <summary>What identifies a page for <see cref="PageOf"/>; an address that is not http(s) is its own key.</summary>
    internal static string Key(string address)
    {
        var hash = address.IndexOf('#', StringComparison.Ordinal);
        var fragment = IsRoute(address) ? address[hash..] : "";
        var bare = hash >= 0 ? address[..hash] : address;
        if (!Uri.TryCreate(bare, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return bare + fragment;
        }

        var path = uri.Query.Length == 0 ? IndexFile.Strip(uri.AbsolutePath) : uri.AbsolutePath;
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "//" + uri.IdnHost.ToLowerInvariant() + port + path + uri.Query + fragment;
    }
}
