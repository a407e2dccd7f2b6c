using System.Collections.Concurrent;
using System.Xml.XPath;
using GovSiteAudit.Rubrics;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>Rules answered from the pages' markup: link_text, text, href, xpath, meta, request.</summary>
internal static class MarkupDetection
{
    public static Evidence? LinkText(LinkTextRule rule, SiteDocuments site)
    {
        var targets = rule.TargetShows is null ? null : new LinkTargets(rule.TargetShows, site);
        foreach (var document in site.InScope(rule.Pages))
        {
            var pageLeftOut = false;
            foreach (var link in document.Links)
            {
                if (!document.IsInRegion(link.Node, rule.Region)
                    || (rule.SkipFormButtons && ParsedDocument.IsFormButton(link.Node))
                    || (rule.ControlsOnly && !ParsedDocument.IsPageControl(link.Node))
                    || link.SharesPage)
                {
                    continue;
                }

                // Each text stands alone: a short aria-label still counts when the visible text is a headline.
                foreach (var text in link.Texts)
                {
                    if (rule.MaxLength is int max && text.Normalized.Length > max)
                    {
                        continue;
                    }

                    if (Keywords.Match(text.Normalized, rule.Keywords)
                        && !(rule.SkipHeadlines && Headlines.IsDated(document, link.Node, site.BuiltIn)))
                    {
                        if (rule.PageExclude is { } pageWords && site.Names.Says(document, pageWords))
                        {
                            // A page called 同仁登入 (or reached by a link so named) leaves all its links out.
                            pageLeftOut = true;
                            break;
                        }

                        if (targets != null && !targets.Confirm(document, link.Node))
                        {
                            // Its page was reached and does not show the feature: the link's other texts would not either.
                            break;
                        }

                        return new Evidence(document.Url, link.Element + text.Source, VisibleText.Shorten(text.Shown));
                    }
                }

                if (pageLeftOut)
                {
                    break;
                }
            }
        }

        return null;
    }

    public static Evidence? Text(TextRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var region in document.Regions(rule.Region))
            {
                foreach (var sentence in document.Sentences(region))
                {
                    if (Keywords.Match(sentence.Normalized, rule.Keywords))
                    {
                        return new Evidence(document.Url, ParsedDocument.Describe(region), VisibleText.Shorten(sentence.Shown));
                    }
                }
            }
        }

        return null;
    }

    public static Evidence? Href(HrefRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var node in document.Elements)
            {
                if (node.Name is not ("a" or "area" or "link") || !node.Attributes.Contains("href"))
                {
                    continue;
                }

                var raw = ParsedDocument.Attribute(node, "href").Trim();
                var absolute = document.Resolve(raw);
                if (site.IsMatch(rule.Pattern, absolute) || site.IsMatch(rule.Pattern, raw))
                {
                    return new Evidence(document.Url, ParsedDocument.Describe(node), VisibleText.Shorten(absolute ?? raw));
                }
            }
        }

        return null;
    }

    private static readonly ConcurrentDictionary<string, XPathExpression> CompiledXPath = new(StringComparer.Ordinal);

    public static Evidence? XPath(XPathRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            // An expression over a page of several megabytes can take seconds and cannot be stopped halfway; it is not
            // started on another page once the site's time is up (the indicator is then reported as not determined).
            if (site.Patterns.OutOfTime())
            {
                return null;
            }

            HtmlNode? node;
            try
            {
                // The first match in document order is the evidence: the search stops there instead of collecting every
                // match, and the expression is parsed once per run, not once per page (a clone per use: thread-safe).
                node = document.Document.DocumentNode.SelectSingleNode(CompiledXPath.GetOrAdd(rule.Expression, XPathExpression.Compile).Clone());
            }
            catch (XPathException e)
            {
                throw new ArgumentException($"XPath rule '{rule.Expression}' is not a valid expression: {e.Message}", nameof(rule), e);
            }

            if (node is not null)
            {
                var shown = VisibleText.CollapseWhiteSpace(node.NodeType == HtmlNodeType.Text ? node.InnerText : node.OuterHtml);
                return new Evidence(document.Url, node.Name, VisibleText.Shorten(shown));
            }
        }

        return null;
    }

    public static Evidence? Meta(MetaRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var node in document.Elements)
            {
                if (node.Name != "meta")
                {
                    continue;
                }

                var key = new[] { "name", "property", "http-equiv" }
                    .FirstOrDefault(a => ParsedDocument.Attribute(node, a).Trim().Equals(rule.Name, StringComparison.OrdinalIgnoreCase));
                if (key == null)
                {
                    continue;
                }

                var content = ParsedDocument.Attribute(node, "content");
                if (rule.Content == null || site.IsMatch(rule.Content, content))
                {
                    return new Evidence(document.Url, $"meta[{key}=\"{ParsedDocument.Attribute(node, key).Trim()}\"]", VisibleText.Shorten(content));
                }
            }
        }

        return null;
    }

    public static Evidence? Request(RequestRule rule, SiteDocuments site)
    {
        foreach (var page in site.PagesInScope(rule.Pages))
        {
            foreach (var url in page.Requests)
            {
                if (site.IsMatch(rule.Url, url))
                {
                    return new Evidence(page.Url, "request", VisibleText.Shorten(url));
                }
            }
        }

        return null;
    }
}
