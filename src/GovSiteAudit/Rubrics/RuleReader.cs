namespace GovSiteAudit.Rubrics;

/// <summary>
/// Reads one detection rule: its kind, the combinators (any, all, not) that nest rules, and the rules on what a
/// site sends or keeps (scheme, https_redirect, header, storage, request). Rules on a page's content, on features
/// and on axe-core's measurements have readers of their own.
/// </summary>
internal sealed class RuleReader
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        "any", "all", "not", "link_text", "text", "href", "xpath", "form", "meta", "header", "scheme",
        "https_redirect", "storage", "request", "feed", "account_link", "block", "handler", "axe", "metric",
    ];

    private static readonly string[] StorageKindValues = ["cookie", "local_storage", "any"];
    private static readonly string[] SchemeValues = ["https", "http"];

    private readonly RubricWalk _walk;
    private readonly RubricValues _values;
    private readonly PageRuleReader _pageRules;
    private readonly FeatureRuleReader _featureRules;
    private readonly AxeRuleReader _axeRules;
    private readonly MetricRuleReader _metricRules;

    public RuleReader(RubricWalk walk, RubricValues values)
    {
        _walk = walk;
        _values = values;
        _pageRules = new PageRuleReader(walk, values);
        _featureRules = new FeatureRuleReader(walk, values);
        _axeRules = new AxeRuleReader(walk, values);
        _metricRules = new MetricRuleReader(walk, values);
    }

    public Rule? ReadRule(RubricNode node, int depth)
    {
        _walk.Visit(node);
        _walk.CheckDepth(node, depth);
        if (node is not MappingNode mapping)
        {
            _walk.Error(node, $"a rule must be a mapping with one key, its kind ({string.Join(", ", Kinds)}), got {node.Describe()}");
            return null;
        }

        if (mapping.Entries.Count != 1)
        {
            var got = mapping.Entries.Count == 0
                ? "got none"
                : $"got {mapping.Entries.Count}: {string.Join(", ", mapping.Entries.Select(e => e.Key.Text))}; combine rules with 'any' or 'all'";
            _walk.Error(mapping, $"a rule has exactly one key, its kind ({string.Join(", ", Kinds)}); {got}");
            return null;
        }

        var (key, value) = mapping.Entries[0];
        _walk.Visit(key);
        switch (key.Type == ScalarType.String ? key.Text : "")
        {
            case "any":
                var anyRules = ReadRuleList(value, "any", depth);
                return anyRules is null ? null : new AnyRule(anyRules);
            case "all":
                var allRules = ReadRuleList(value, "all", depth);
                return allRules is null ? null : new AllRule(allRules);
            case "not":
                var inner = ReadRule(value, depth + 1);
                return inner is null ? null : new NotRule(inner);
            case "link_text":
                return _pageRules.ReadLinkText(value, target => ReadTargetRule(target, depth + 2));
            case "text":
                return _pageRules.ReadTextRule(value);
            case "href":
                return _pageRules.ReadHref(value);
            case "xpath":
                return _pageRules.ReadXPath(value);
            case "form":
                return _pageRules.ReadForm(value);
            case "meta":
                return _pageRules.ReadMeta(value);
            case "header":
                return ReadHeader(value);
            case "scheme":
                var scheme = _values.ReadChoice(value, "scheme", SchemeValues);
                return scheme is null ? null : new SchemeRule(scheme);
            case "https_redirect":
                _walk.Visit(value);
                if (value is ScalarNode { Type: ScalarType.Bool } flag && bool.Parse(flag.Text.ToLowerInvariant()))
                {
                    return new HttpsRedirectRule();
                }

                _walk.Error(value, $"https_redirect takes the value true, got {value.Describe()}");
                return null;
            case "storage":
                return ReadStorage(value);
            case "request":
                return ReadRequest(value);
            case "feed" or "account_link" or "block" or "handler":
                return _featureRules.ReadFeatureRule(key.Text, value);
            case "axe":
                return _axeRules.ReadAxe(value);
            case "metric":
                return _metricRules.ReadMetric(value);
            default:
                _walk.Error(key, $"unknown rule kind '{key.Text}'{SpellingSuggestion.For(key.Text, Kinds)}; known kinds: {string.Join(", ", Kinds)}");
                return null;
        }
    }

    /// <summary>
    /// The rule of a link_text's <c>target_shows</c>: judged on two pages (the link's and its target), so only rules on a
    /// page's content make sense there; site facts, axe and metrics are about the whole site.
    /// </summary>
    private Rule? ReadTargetRule(RubricNode node, int depth)
    {
        var rule = ReadRule(node, depth);
        if (rule is null)
        {
            return null;
        }

        var site = SiteLevelKind(rule);
        if (site is null)
        {
            return rule;
        }

        _walk.Error(node, $"target_shows takes rules on a page's content (link_text, text, href, xpath, form, meta, feed, account_link, block, handler, and any/all/not of them), got {site}");
        return null;
    }

    private static string? SiteLevelKind(Rule rule) => rule switch
    {
        AnyRule any => any.Rules.Select(SiteLevelKind).FirstOrDefault(k => k != null),
        AllRule all => all.Rules.Select(SiteLevelKind).FirstOrDefault(k => k != null),
        NotRule not => SiteLevelKind(not.Inner),
        HeaderRule => "header",
        SchemeRule => "scheme",
        HttpsRedirectRule => "https_redirect",
        StorageRule => "storage",
        RequestRule => "request",
        AxeRule => "axe",
        MetricRule => "metric",
        _ => null,
    };

    private IReadOnlyList<Rule>? ReadRuleList(RubricNode node, string kind, int depth)
    {
        _walk.Visit(node);
        _walk.CheckDepth(node, depth + 1);
        if (node is not SequenceNode sequence)
        {
            _walk.Error(node, $"{kind} takes a list of rules, got {node.Describe()}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            _walk.Error(node, $"{kind} needs at least one rule in its list, got an empty list");
            return null;
        }

        var rules = sequence.Items.Select(item => ReadRule(item, depth + 2)).ToList();
        return RubricWalk.AllOrNull(rules);
    }

    private HeaderRule? ReadHeader(RubricNode node)
    {
        var fields = _walk.Fields(node, "header rule", ["name", "value"], ["name"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var name = _walk.Required(fields, "name", v => _values.ReadText(v, "name"));
        var value = _values.OptionalRegex(fields, "value", ref ok);
        return name is null || !ok ? null : new HeaderRule(name, value);
    }

    private StorageRule? ReadStorage(RubricNode node)
    {
        var fields = _walk.Fields(node, "storage rule", ["kind", "persistent", "first_party", "name", "exclude_name"], [], "storage takes a mapping of options ({} for the defaults)");
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var kinds = StorageKinds.Any;
        if (fields.TryGetValue("kind", out var kindField))
        {
            var kind = _values.ReadChoice(kindField.Value, "kind", StorageKindValues);
            ok &= kind is not null;
            kinds = kind switch
            {
                "cookie" => StorageKinds.Cookie,
                "local_storage" => StorageKinds.LocalStorage,
                _ => StorageKinds.Any,
            };
        }

        var persistent = _values.OptionalBool(fields, "persistent", true, ref ok);
        var firstParty = _values.OptionalBool(fields, "first_party", true, ref ok);
        var name = _values.OptionalRegex(fields, "name", ref ok);
        var excludeName = _values.OptionalRegex(fields, "exclude_name", ref ok);
        return ok ? new StorageRule(kinds, persistent, firstParty, name, excludeName) : null;
    }

    private RequestRule? ReadRequest(RubricNode node)
    {
        var fields = _walk.Fields(node, "request rule", ["url", "pages"], ["url"]);
        if (fields is null)
        {
            return null;
        }

        var url = fields.TryGetValue("url", out var urlField) ? _values.ReadRegex(urlField.Value, "url") : null;
        var pages = _values.ReadPages(fields);
        return url is null || pages is null ? null : new RequestRule(url, pages.Value);
    }
}
