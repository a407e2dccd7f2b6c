using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// One page or frame, parsed once per detection run; every indicator shares the document and the
/// regions, links and texts derived from it (a 400 KB page × 40 indicators must stay fast).
/// </summary>
internal sealed class ParsedDocument
{
    private readonly Dictionary<Region, IReadOnlyList<HtmlNode>> _regions = [];
    private readonly Dictionary<Region, HashSet<HtmlNode>> _regionSets = [];
    private readonly Dictionary<HtmlNode, IReadOnlyList<TextSentence>> _sentences = [];
    private readonly Dictionary<HtmlNode, string> _flatTexts = [];
    private IReadOnlyList<LinkCandidate>? _links;
    private Dictionary<HtmlNode, LinkCandidate>? _linksByNode;
    private IReadOnlyList<HtmlNode>? _elements;
    private Dictionary<string, List<HtmlNode>>? _labelsByTarget;
    private readonly Dictionary<HtmlNode, Dictionary<HtmlNode, List<HtmlNode>>> _submitsByContainer = [];
    private readonly Dictionary<HtmlNode, List<(string Shown, string Normalized)>> _controlLabels = [];

    private ParsedDocument(string url, HtmlDocument document)
    {
        Url = url;
        Document = document;
        BaseUri = FindBase(url, document);
    }

    public string Url { get; }

    public HtmlDocument Document { get; }

    /// <summary>What relative URLs resolve against: the page URL, or its <c>&lt;base href&gt;</c>.</summary>
    public Uri? BaseUri { get; }

    public static ParsedDocument Parse(string url, string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html ?? "");
        return new ParsedDocument(url, document);
    }

    /// <summary>Every rendered element in document order (script, style, template … subtrees left out).</summary>
    public IReadOnlyList<HtmlNode> Elements => _elements ??= CollectElements();

    public IReadOnlyList<HtmlNode> Regions(Region region)
    {
        if (!_regions.TryGetValue(region, out var found))
        {
            found = PageRegions.Find(Document, region);
            _regions[region] = found;
        }

        return found;
    }

    public bool IsInRegion(HtmlNode node, Region region)
    {
        if (region == Region.Page)
        {
            return true;
        }

        if (!_regionSets.TryGetValue(region, out var set))
        {
            set = new HashSet<HtmlNode>(Regions(region), ReferenceEqualityComparer.Instance);
            _regionSets[region] = set;
        }

        for (var n = node; n != null; n = n.ParentNode)
        {
            if (set.Contains(n))
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<TextSentence> Sentences(HtmlNode node)
    {
        if (!_sentences.TryGetValue(node, out var found))
        {
            found = VisibleText.Sentences(node);
            _sentences[node] = found;
        }

        return found;
    }

    public string FlatText(HtmlNode node)
    {
        if (!_flatTexts.TryGetValue(node, out var text))
        {
            text = VisibleText.Flat(node);
            _flatTexts[node] = text;
        }

        return text;
    }

    public IReadOnlyList<LinkCandidate> Links => _links ??= CollectLinks();

    /// <summary>The link candidate an element is, if it is one.</summary>
    public LinkCandidate? LinkAt(HtmlNode node)
    {
        if (_linksByNode == null)
        {
            _linksByNode = new Dictionary<HtmlNode, LinkCandidate>(ReferenceEqualityComparer.Instance);
            foreach (var link in Links)
            {
                _linksByNode[link.Node] = link;
            }
        }

        return _linksByNode.GetValueOrDefault(node);
    }

    /// <summary>An attribute value with entities decoded; empty when absent.</summary>
    public static string Attribute(HtmlNode node, string name) =>
        HtmlEntity.DeEntitize(node.GetAttributeValue(name, "")) ?? "";

    /// <summary>The absolute URL an attribute value points to, or null when it cannot be resolved.</summary>
    public string? Resolve(string reference)
    {
        var trimmed = reference.Trim();
        if (BaseUri != null && Uri.TryCreate(BaseUri, trimmed, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var own) ? own.AbsoluteUri : null;
    }

    /// <summary>
    /// The labels of a form control, as shown and normalised, gathered once per document: several form rules
    /// (search, newsletter, identity) ask about the same controls.
    /// </summary>
    public List<(string Shown, string Normalized)> ControlLabels(HtmlNode control, Func<List<(string Shown, string Normalized)>> gather)
    {
        if (!_controlLabels.TryGetValue(control, out var labels))
        {
            labels = gather();
            _controlLabels[control] = labels;
        }

        return labels;
    }

    /// <summary>Texts of the <c>&lt;label for=id&gt;</c> elements that point at <paramref name="id"/>.</summary>
    public IEnumerable<HtmlNode> LabelsFor(string id)
    {
        _labelsByTarget ??= Elements.Where(e => e.Name == "label" && e.Attributes.Contains("for"))
            .GroupBy(e => Attribute(e, "for"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return _labelsByTarget.TryGetValue(id, out var labels) ? labels : [];
    }

    /// <summary>
    /// The submit buttons that go with a control: those in its nearest enclosing element (up to its form)
    /// that has any. ASP.NET WebForms wrap a whole page in one form, so "every submit of the form" would
    /// label a search box with the newsletter's "Subscribe" button.
    /// </summary>
    public IReadOnlyList<HtmlNode> SubmitsNear(HtmlNode control, HtmlNode form)
    {
        if (!_submitsByContainer.TryGetValue(form, out var byContainer))
        {
            byContainer = new Dictionary<HtmlNode, List<HtmlNode>>(ReferenceEqualityComparer.Instance);
            foreach (var submit in form.Descendants().Where(IsSubmit))
            {
                for (var n = submit.ParentNode; n != null; n = n.ParentNode)
                {
                    if (!byContainer.TryGetValue(n, out var list))
                    {
                        byContainer[n] = list = [];
                    }

                    list.Add(submit);
                    if (n == form)
                    {
                        break;
                    }
                }
            }

            _submitsByContainer[form] = byContainer;
        }

        for (var n = control.ParentNode; n != null; n = n.ParentNode)
        {
            if (byContainer.TryGetValue(n, out var submits))
            {
                return submits;
            }

            if (n == form)
            {
                break;
            }
        }

        return [];
    }

    private static bool IsSubmit(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }

        var type = Attribute(node, "type").Trim().ToLowerInvariant();
        return (node.Name == "button" && type is "" or "submit") || (node.Name == "input" && type is "submit" or "image");
    }

    /// <summary>Short CSS-like description of an element for evidence: <c>a[href="/faq"]</c>, <c>div#footer</c>.</summary>
    public static string Describe(HtmlNode node)
    {
        if (node.NodeType == HtmlNodeType.Document)
        {
            return "document";
        }

        var href = Attribute(node, "href");
        if (href.Length > 0 && node.Name is "a" or "area" or "link")
        {
            return $"{node.Name}[href=\"{VisibleText.Shorten(href, 100)}\"]";
        }

        var id = Attribute(node, "id");
        if (id.Length > 0)
        {
            return $"{node.Name}#{id}";
        }

        var role = Attribute(node, "role");
        if (role.Length > 0)
        {
            return $"{node.Name}[role={role}]";
        }

        var type = Attribute(node, "type");
        if (node.Name == "input" && type.Length > 0)
        {
            return $"input[type={type}]";
        }

        var name = Attribute(node, "name");
        if (name.Length > 0)
        {
            return $"{node.Name}[name={name}]";
        }

        var cls = Attribute(node, "class").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return cls.Length > 0 ? $"{node.Name}.{cls}" : node.Name;
    }

    private static Uri? FindBase(string url, HtmlDocument document)
    {
        Uri.TryCreate(url, UriKind.Absolute, out var pageUri);
        var baseHref = document.DocumentNode.SelectSingleNode("//base[@href]");
        if (baseHref != null)
        {
            var href = Attribute(baseHref, "href").Trim();
            if (pageUri != null && Uri.TryCreate(pageUri, href, out var resolved))
            {
                return resolved;
            }

            if (Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            {
                return absolute;
            }
        }

        return pageUri;
    }

    private List<HtmlNode> CollectElements()
    {
        var list = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(Document.DocumentNode);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                // <head> is kept out of texts, not out of elements: meta and link live there.
                if (node.Name is "script" or "style" or "noscript" or "template")
                {
                    continue;
                }

                list.Add(node);
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                if (node.ChildNodes[i].NodeType is HtmlNodeType.Element)
                {
                    stack.Push(node.ChildNodes[i]);
                }
            }
        }

        return list;
    }

    private bool SharesPage(HtmlNode node)
    {
        if (node.Name is not ("a" or "area"))
        {
            return false;
        }

        // Most links name no share endpoint: a cheap look at the address before parsing it.
        var href = Attribute(node, "href");
        return (href.Contains("shar", StringComparison.OrdinalIgnoreCase) || href.Contains("intent", StringComparison.OrdinalIgnoreCase)
                || href.Contains("lineit", StringComparison.OrdinalIgnoreCase) || href.Contains("addt", StringComparison.OrdinalIgnoreCase))
            && FeatureDetection.IsShareLink(Resolve(href), Url);
    }

    private List<LinkCandidate> CollectLinks()
    {
        var list = new List<LinkCandidate>();
        foreach (var node in Elements)
        {
            if (IsClickable(node))
            {
                list.Add(new LinkCandidate(node, Describe(node), TextsOf(node), SharesPage(node)));
            }
        }

        return list;
    }

    /// <summary>
    /// A button or submit/button input that belongs to a form (inside it, or naming it with <c>form=</c>): its words say what
    /// that form does ("Apply" under a list filter), not where a feature is. Links inside a form are not form buttons.
    /// </summary>
    public static bool IsFormButton(HtmlNode node)
    {
        var control = node.Name == "button"
                       || (node.Name == "input" && Attribute(node, "type").Trim().ToLowerInvariant() is "button" or "submit" or "image" or "reset");
        if (!control)
        {
            return false;
        }

        return node.Attributes.Contains("form") || node.Ancestors("form").Any();
    }

    /// <summary>
    /// A control that acts on the page rather than leading to another page: a button or button input, an element with
    /// <c>role=button</c> or an <c>onclick</c> handler, or a link whose address is empty, <c>javascript:</c> or only a
    /// fragment (<c>#</c>, <c>#chat</c>). A chat launcher is such a control; a link of the same name to a page is a
    /// section of the site (a 在线咨询 column where questions are written and answered later).
    /// </summary>
    public static bool IsPageControl(HtmlNode node)
    {
        if (node.Name is "button" || node.Attributes.Contains("onclick") || Attribute(node, "role").Trim().Equals("button", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (node.Name == "input")
        {
            return Attribute(node, "type").Trim().ToLowerInvariant() is "button" or "submit" or "image";
        }

        if (node.Name is not ("a" or "area"))
        {
            return false;
        }

        var href = Attribute(node, "href").Trim();
        return href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsClickable(HtmlNode node)
    {
        switch (node.Name)
        {
            case "a" or "area" or "button":
                return true;
            case "input":
                return Attribute(node, "type").ToLowerInvariant() is "button" or "submit" or "image";
            case "option":
                return IsQuickLinkOption(node);
            // An onclick on <body>/<html> would turn the whole page into one "link".
            case "body" or "html" or "head":
                return false;
        }

        var role = Attribute(node, "role").ToLowerInvariant();
        return role is "link" or "button" || node.Attributes.Contains("onclick");
    }

    /// <summary>
    /// An option of a <c>&lt;select&gt;</c> quick-link menu (快速連結, "Quick links"): its value (or <c>data-href</c> /
    /// <c>data-url</c>) is an address of this site, so choosing it goes to one of the site's pages, like following a link of
    /// its text. The crawler follows the same options (<c>Crawl/HiddenLinks</c>, same address test). An option whose value
    /// is a plain form value (a year, a district code, "zh-TW") is a choice inside a form, and a select of other sites
    /// (友情链接, the city's bureaus: "市新闻出版广电局" → www.bjrt.gov.cn) is a directory of other agencies whose names are
    /// not this site's features.
    /// </summary>
    private bool IsQuickLinkOption(HtmlNode node)
    {
        if (node.Name != "option" || node.Ancestors("select").FirstOrDefault() is null)
        {
            return false;
        }

        var value = Attribute(node, "data-href").Trim();
        value = value.Length > 0 ? value : Attribute(node, "data-url").Trim();
        value = value.Length > 0 ? value : Attribute(node, "value").Trim();
        if (value.Length == 0 || !AddressLike.IsMatch(value))
        {
            return false;
        }

        return BaseUri is null
               || !Uri.TryCreate(BaseUri, value, out var target)
               || SameSite(target.Host, BaseUri.Host);
    }

    /// <summary>English words a title does not end on: a line ending on one continues on the next line.</summary>
    private static readonly HashSet<string> PhraseContinuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "on", "to", "for", "and", "or", "in", "at", "by", "with", "from", "into", "your", "our", "its",
        "their", "&",
    };

    private static bool EndsMidPhrase(string line)
    {
        var lastSpace = line.LastIndexOf(' ');
        return lastSpace > 0 && PhraseContinuations.Contains(line[(lastSpace + 1)..]);
    }

    private static bool SameSite(string a, string b) =>
        string.Equals(HostName.WithoutWww(a), HostName.WithoutWww(b), StringComparison.OrdinalIgnoreCase);

    // The crawler's test for an address in an option's value: absolute, root- or dot-relative, a hash route, or a page by
    // its extension.
    private static readonly Regex AddressLike = new(
        @"^(https?://|/|\.\.?/|#!?/)|\.(s?html?|php|aspx?|jsp|cfm)([?#]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Attributes in which tooltip libraries keep the text they show on hover or focus.</summary>
    private static readonly string[] TooltipAttributes =
    [
        "data-tooltip", "data-tooltip-content", "data-tip", "data-tippy-content", "data-bs-title", "data-bs-original-title",
        "data-original-title",
    ];

    private List<LinkText> TextsOf(HtmlNode node)
    {
        var texts = new List<LinkText>();
        void Add(string text, string source)
        {
            var shown = VisibleText.CollapseWhiteSpace(text);
            if (shown.Length > 0)
            {
                texts.Add(new LinkText(shown, KeywordText.Normalize(shown), source));
            }
        }

        if (node.Name != "input")
        {
            // A card link (a title over a description) also answers to its first line, so that max_length
            // judges the title rather than the whole card.
            var lines = VisibleText.WithLines(node);
            Add(lines, "");
            var parts = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // A first line that stops on an article, preposition or conjunction ("Register on the<br>Central Supplier
            // Database") is a sentence wrapped by a line break, not a title: judged alone, it would lose the words that
            // say what the link is about.
            if (parts.Length > 1 && !EndsMidPhrase(parts[0]))
            {
                Add(parts[0], " (first line)");
            }
        }

        if (node.Name is "area" or "input")
        {
            Add(Attribute(node, "alt"), "[alt]");
        }

        foreach (var img in node.Descendants("img"))
        {
            Add(Attribute(img, "alt"), " > img[alt]");
            Add(Attribute(img, "title"), " > img[title]");
        }

        // Icon links drawn with inline SVG name themselves with <title> or aria-label.
        foreach (var svg in node.Descendants("svg"))
        {
            Add(Attribute(svg, "aria-label"), " > svg[aria-label]");
            if (svg.Descendants("title").FirstOrDefault() is { } title)
            {
                Add(title.InnerText, " > svg > title");
            }
        }

        Add(Attribute(node, "aria-label"), "[aria-label]");
        foreach (var id in Attribute(node, "aria-labelledby").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Document.GetElementbyId(id) is { } label)
            {
                Add(FlatText(label), "[aria-labelledby]");
            }
        }

        Add(Attribute(node, "title"), "[title]");

        // An icon control whose name appears only as a tooltip on hover or focus: tooltip libraries keep the text in
        // their own attribute (Bootstrap moves `title` to data-bs-original-title, Tippy, react-tooltip, CSS
        // `content: attr(data-tooltip)`), or the control points at a role=tooltip element with aria-describedby.
        // Only tooltip attributes: other data-* values (tracking names, gallery captions) are not shown to a citizen.
        foreach (var attribute in TooltipAttributes)
        {
            Add(Attribute(node, attribute), $"[{attribute}]");
        }

        foreach (var id in Attribute(node, "aria-describedby").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Document.GetElementbyId(id) is { } tip && Attribute(tip, "role").Equals("tooltip", StringComparison.OrdinalIgnoreCase))
            {
                Add(FlatText(tip), "[aria-describedby=tooltip]");
            }
        }

        if (node.Name == "input")
        {
            Add(Attribute(node, "value"), "[value]");
        }

        return texts;
    }
}
