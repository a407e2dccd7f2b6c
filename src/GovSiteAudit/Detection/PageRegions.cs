using GovSiteAudit.Rubrics;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>Finds the parts of a page (header, nav, main, footer) the rubric's `region` names.</summary>
internal static class PageRegions
{
    private sealed record RegionSigns(string Element, string Role, string[] NameParts);

    private static readonly Dictionary<Region, RegionSigns> Signs = new()
    {
        [Region.Header] = new("header", "banner", ["header", "top"]),
        [Region.Nav] = new("nav", "navigation", ["nav", "menu"]),
        [Region.Main] = new("main", "main", ["main", "content"]),
        [Region.Footer] = new("footer", "contentinfo", ["footer", "foot", "bottom"]),
    };

    /// <summary>
    /// The outermost elements of the region, in document order (a region may occur several times:
    /// a top bar and a header, two footers). For <see cref="Region.Page"/> the body (or the document).
    /// </summary>
    public static IReadOnlyList<HtmlNode> Find(HtmlDocument document, Region region)
    {
        var body = document.DocumentNode.SelectSingleNode("//body");
        if (region == Region.Page)
        {
            return [body ?? document.DocumentNode];
        }

        var signs = Signs[region];
        var found = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(document.DocumentNode);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                if (VisibleText.IsNeverRendered(node))
                {
                    continue;
                }

                if (IsRegion(node, signs))
                {
                    // Outermost only: everything inside is already part of this region.
                    found.Add(node);
                    continue;
                }
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                if (node.ChildNodes[i].NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                {
                    stack.Push(node.ChildNodes[i]);
                }
            }
        }

        return found;
    }

    private static bool IsRegion(HtmlNode node, RegionSigns signs)
    {
        if (node.Name == signs.Element)
        {
            return true;
        }

        var role = node.GetAttributeValue("role", "");
        if (role.Length > 0 && role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals(signs.Role, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Page-type classes on <body>/<html> ("main-page") say nothing about where the region is.
        if (node.Name is "body" or "html")
        {
            return false;
        }

        return HasNamePart(node.GetAttributeValue("id", ""), signs.NameParts)
            || HasNamePart(node.GetAttributeValue("class", ""), signs.NameParts);
    }

    private static bool HasNamePart(string tokens, string[] parts)
    {
        if (tokens.Length == 0)
        {
            return false;
        }

        foreach (var token in tokens.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in parts)
            {
                var at = token.IndexOf(part, StringComparison.OrdinalIgnoreCase);
                while (at >= 0)
                {
                    // "top" also hides in "desktop"/"laptop"; accept it only at a word start ("top", "page-top", "pageTop").
                    if (part != "top" || at == 0 || !(char.IsLower(token[at - 1]) && char.IsLower(token[at])))
                    {
                        return true;
                    }

                    at = token.IndexOf(part, at + 1, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return false;
    }
}
