using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Detection;

/// <summary>
/// What a page is called, for a rule's <c>page_exclude</c>: its <c>title</c>, its <c>h1</c> headings (or, without one, its first
/// <c>h2</c>: old layouts head a page with an h2), and the words of the links on the crawled pages that lead to it. A sign-in form
/// on a page called 同仁登入 or "Staff Intranet", or reached by a footer link so named, is the staff's, not the citizen's:
/// the form itself says only 帳號, 密碼, 登入. The home page is never left out — it is the site's front door for everyone.
/// </summary>
internal sealed class PageNames(SiteDocuments site)
{
    /// <summary>Longest heading or title read as the page's name; a longer one is a sentence of the page.</summary>
    private const int MaxNameLength = 80;

    private Dictionary<string, List<string>>? _linkWords;
    private readonly Dictionary<(ParsedDocument, KeywordSet), bool> _judged = [];

    /// <summary>Whether the page of <paramref name="document"/> is called by one of the keywords (and none of their exclusions).</summary>
    public bool Says(ParsedDocument document, KeywordSet keywords)
    {
        if (site.InScope(PageScope.Home).Contains(document))
        {
            return false;
        }

        if (!_judged.TryGetValue((document, keywords), out var says))
        {
            var compiled = Keywords.For(keywords);
            says = OwnNames(document).Any(compiled.Match)
                || (_linkWords ??= CollectLinkWords()).GetValueOrDefault(LinkTargets.Key(document.Url))?.Any(compiled.Match) == true;
            _judged[(document, keywords)] = says;
        }

        return says;
    }

    private static IEnumerable<string> OwnNames(ParsedDocument document)
    {
        // The title and every h1; a page without an h1 is named by its first h2 (a later h2 heads a section, not the page).
        var hasH1 = document.Elements.Any(e => e.Name == "h1");
        var firstH2 = document.Elements.FirstOrDefault(e => e.Name == "h2");
        foreach (var element in document.Elements)
        {
            if (element.Name is "title" or "h1" || (!hasH1 && ReferenceEquals(element, firstH2)))
            {
                var text = KeywordText.Normalize(VisibleText.CollapseWhiteSpace(HtmlAgilityPack.HtmlEntity.DeEntitize(element.InnerText) ?? ""));
                if (text.Length is > 0 and <= MaxNameLength)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>The normalised words of every link on the crawled pages, by the page it leads to (<see cref="LinkTargets.Key"/>: the same page under any spelling of its address).</summary>
    private Dictionary<string, List<string>> CollectLinkWords()
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var document in site.InScope(PageScope.All))
        {
            var own = LinkTargets.Key(document.Url);
            foreach (var link in document.Links)
            {
                var href = ParsedDocument.Attribute(link.Node, "href");
                if (link.Node.Name is not ("a" or "area") || string.IsNullOrWhiteSpace(href) || document.Resolve(href) is not { } address)
                {
                    continue;
                }

                // A page's links to itself (tabs 民眾登入 | 員工登入 over #places of one sign-in page) do not name it, and a
                // link of a sentence's length (a headline) is not a name either.
                var key = LinkTargets.Key(address);
                if (key == own)
                {
                    continue;
                }

                if (!words.TryGetValue(key, out var list))
                {
                    words[key] = list = [];
                }

                list.AddRange(link.Texts.Select(t => t.Normalized).Where(t => t.Length <= MaxNameLength));
            }
        }

        return words;
    }
}
