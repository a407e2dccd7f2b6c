using GovSiteAudit.Rubrics;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// The <c>block</c> rule: a labelled group of links. A label is a heading (h1–h6, legend, caption, summary,
/// dt, role=heading, an element whose class names it a title), the <c>aria-label</c> of a navigation or
/// section, or a menu item with a submenu. Its block is the element the label names (the aria-labelled
/// element, the menu item's list item) or, for a heading, the nearest enclosing element with enough links.
/// </summary>
internal static class BlockDetection
{
    /// <summary>Labels are short: a longer text is a sentence that mentions the words.</summary>
    private const int MaxLabelLength = 30;

    /// <summary>A "block" holding more links than this is the page (or most of it), not a block.</summary>
    private const int MaxBlockLinks = 80;

    /// <summary>How far up from a heading its block may start.</summary>
    private const int MaxClimb = 4;

    /// <summary>Labels examined per page and rule: a hostile page of 10,000 "FAQ" headings stays cheap.</summary>
    private const int MaxLabelsPerPage = 200;

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "legend", "caption", "summary", "dt",
    };

    private static readonly HashSet<string> Labelled = new(StringComparer.Ordinal)
    {
        "nav", "section", "aside", "ul", "ol", "div", "menu", "dl", "fieldset",
    };

    public static Evidence? Block(BlockRule rule, SiteDocuments site)
    {
        var label = Keywords.For(rule.Label);
        var links = rule.Links is null ? null : Keywords.For(rule.Links);
        foreach (var document in site.InScope(rule.Pages))
        {
            var examined = 0;
            foreach (var node in document.Elements)
            {
                var (text, kind) = LabelOf(document, node);
                if (text.Length == 0 || text.Length > MaxLabelLength)
                {
                    continue;
                }

                if (!label.Match(KeywordText.Normalize(text)))
                {
                    continue;
                }

                if (++examined > MaxLabelsPerPage)
                {
                    break;
                }

                var members = MembersOf(document, node, kind, rule.MinLinks);
                if (members == null)
                {
                    continue;
                }

                if (links == null)
                {
                    return new Evidence(document.Url, ParsedDocument.Describe(node),
                        VisibleText.Shorten($"{text} › {members.Count} links: {string.Join(", ", members.Take(3).Select(m => (m.Texts.Count > 0 ? m.Texts[0].Shown : null) ?? m.Element))}"));
                }

                foreach (var member in members)
                {
                    var hit = member.Texts.FirstOrDefault(t => t.Normalized.Length <= 40 && links.Match(t.Normalized));
                    if (hit != null)
                    {
                        return new Evidence(document.Url, $"{ParsedDocument.Describe(node)} › {member.Element}{hit.Source}", VisibleText.Shorten($"{text} › {hit.Shown}"));
                    }
                }
            }
        }

        return null;
    }

    private enum LabelKind
    {
        Heading,
        AriaLabel,
        MenuItem,
    }

    private static (string Text, LabelKind Kind) LabelOf(ParsedDocument document, HtmlNode node)
    {
        if (Headings.Contains(node.Name) || ParsedDocument.Attribute(node, "role").Equals("heading", StringComparison.OrdinalIgnoreCase))
        {
            return (document.FlatText(node), LabelKind.Heading);
        }

        if (Labelled.Contains(node.Name) && node.Attributes.Contains("aria-label"))
        {
            return (VisibleText.CollapseWhiteSpace(ParsedDocument.Attribute(node, "aria-label")), LabelKind.AriaLabel);
        }

        // A menu item: the first element of a list item that also holds a submenu.
        if (node.ParentNode is { Name: "li" } item && node.Name is "a" or "span" or "button" or "strong" or "b" or "p" or "div"
            && item.ChildNodes.FirstOrDefault(c => c.NodeType == HtmlNodeType.Element) == node
            && item.ChildNodes.Any(c => c.NodeType == HtmlNodeType.Element && c != node && c.Name is "ul" or "ol" or "div" or "dl" or "nav"))
        {
            return (document.FlatText(node), LabelKind.MenuItem);
        }

        // Title elements that are not headings by name: <div class="tit">, <span class="title">.
        if (node.Name is "div" or "span" or "p" or "strong" && IsTitleClass(ParsedDocument.Attribute(node, "class")))
        {
            return (document.FlatText(node), LabelKind.Heading);
        }

        return ("", LabelKind.Heading);
    }

    private static bool IsTitleClass(string classes) =>
        classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c =>
            c.Contains("title", StringComparison.OrdinalIgnoreCase) || c.Equals("tit", StringComparison.OrdinalIgnoreCase)
            || c.EndsWith("-tit", StringComparison.OrdinalIgnoreCase) || c.EndsWith("_tit", StringComparison.OrdinalIgnoreCase)
            || c.Contains("heading", StringComparison.OrdinalIgnoreCase));

    /// <summary>The links of the block the label names, or null when it holds too few or too many.</summary>
    private static List<LinkCandidate>? MembersOf(ParsedDocument document, HtmlNode label, LabelKind kind, int minLinks)
    {
        var start = kind switch
        {
            LabelKind.AriaLabel => label,
            LabelKind.MenuItem => label.ParentNode,
            _ => label.ParentNode,
        };
        var climbs = kind == LabelKind.Heading ? MaxClimb : 1;
        for (var block = start; block != null && climbs > 0; block = block.ParentNode, climbs--)
        {
            if (block.Name is "body" or "html" || block.NodeType == HtmlNodeType.Document)
            {
                return null;
            }

            // An aria-labelled element is its own block; a heading's or menu item's own links are not members.
            var members = LinksUnder(document, block, kind == LabelKind.AriaLabel ? null : label);
            if (members == null)
            {
                return null;
            }

            if (members.Count >= minLinks)
            {
                return members;
            }
        }

        return null;
    }

    /// <summary>
    /// The links inside <paramref name="block"/> (outside <paramref name="skip"/>), or null when there are more than
    /// <see cref="MaxBlockLinks"/>: the walk stops there, so climbing to a page-sized container costs little.
    /// </summary>
    private static List<LinkCandidate>? LinksUnder(ParsedDocument document, HtmlNode block, HtmlNode? skip)
    {
        var members = new List<LinkCandidate>();
        // Depth-first with a child index per level, so that the walk can stop early without having queued
        // every sibling of a page-sized container.
        var stack = new Stack<(HtmlNode Node, int Next)>();
        stack.Push((block, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.ChildNodes.Count)
            {
                continue;
            }

            stack.Push((node, next + 1));
            var child = node.ChildNodes[next];
            if (child.NodeType != HtmlNodeType.Element || child == skip)
            {
                continue;
            }

            if (document.LinkAt(child) is { } link)
            {
                members.Add(link);
                if (members.Count > MaxBlockLinks)
                {
                    return null;
                }
            }

            stack.Push((child, 0));
        }

        return members;
    }
}
