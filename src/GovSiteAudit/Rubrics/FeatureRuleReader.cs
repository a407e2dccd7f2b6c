namespace GovSiteAudit.Rubrics;

/// <summary>
/// The rule kinds that describe features without words (feed, account_link, handler) or by their place on the
/// page (block).
/// </summary>
internal sealed class FeatureRuleReader
{
    private readonly RubricWalk _walk;
    private readonly RubricValues _values;

    public FeatureRuleReader(RubricWalk walk, RubricValues values)
    {
        _walk = walk;
        _values = values;
    }

    public Rule? ReadFeatureRule(string kind, RubricNode node) => kind switch
    {
        "feed" => ReadFeed(node),
        "account_link" => ReadAccountLink(node),
        "block" => ReadBlock(node),
        _ => ReadHandler(node),
    };

    private FeedRule? ReadFeed(RubricNode node)
    {
        var fields = _walk.Fields(node, "feed rule", ["head", "pages"], [], "feed takes a mapping of options ({} for the defaults)");
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var head = _values.OptionalBool(fields, "head", false, ref ok);
        var pages = _values.ReadPages(fields);
        return ok && pages is not null ? new FeedRule(head, pages.Value) : null;
    }

    private AccountLinkRule? ReadAccountLink(RubricNode node)
    {
        var fields = _walk.Fields(node, "account_link rule", ["hosts", "pages"], ["hosts"]);
        if (fields is null)
        {
            return null;
        }

        IReadOnlyList<string>? hosts = null;
        if (fields.TryGetValue("hosts", out var hostsField))
        {
            hosts = ReadHosts(hostsField.Value);
        }

        var pages = _values.ReadPages(fields);
        return hosts is null || pages is null ? null : new AccountLinkRule(hosts, pages.Value);
    }

    private IReadOnlyList<string>? ReadHosts(RubricNode node)
    {
        _walk.Visit(node);
        if (node is not SequenceNode { Items.Count: > 0 } sequence)
        {
            _walk.Error(node, $"hosts must be a list of host names, e.g. [facebook.com, line.me], got {node.Describe()}");
            return null;
        }

        var hosts = new List<string>();
        foreach (var item in sequence.Items)
        {
            var host = _values.ReadText(item, "a host", "a host name");
            if (host is null)
            {
                continue;
            }

            var trimmed = host.Trim().TrimEnd('.').ToLowerInvariant();
            if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains('/') || Uri.CheckHostName(trimmed) != UriHostNameType.Dns)
            {
                _walk.Error(item, $"'{host}' is not a host name; write the host alone, e.g. facebook.com (subdomains such as www. match too)");
                continue;
            }

            hosts.Add(trimmed);
        }

        return hosts.Count == sequence.Items.Count ? hosts : null;
    }

    private BlockRule? ReadBlock(RubricNode node)
    {
        var fields = _walk.Fields(node, "block rule", ["label", "label_exclude", "links", "links_exclude", "min_links", "max_gap", "pages"], ["label"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var label = _values.ReadKeywordSet(fields, "label", "label_exclude");
        KeywordSet? links = null;
        if (fields.ContainsKey("links"))
        {
            links = _values.ReadKeywordSet(fields, "links", "links_exclude");
            ok &= links is not null;
        }
        else if (fields.TryGetValue("links_exclude", out var linksExclude))
        {
            _walk.Error(linksExclude.Key, "links_exclude needs links: it removes near-misses from the links a block must hold");
            ok = false;
        }

        var minLinks = 2;
        if (fields.TryGetValue("min_links", out var minLinksField))
        {
            var read = _values.ReadPositiveInteger(minLinksField.Value, "min_links");
            ok &= read is not null;
            minLinks = read ?? minLinks;
        }

        var pages = _values.ReadPages(fields);
        return ok && label is not null && pages is not null ? new BlockRule(label, links, minLinks, pages.Value) : null;
    }

    private HandlerRule? ReadHandler(RubricNode node)
    {
        var fields = _walk.Fields(node, "handler rule", ["regex", "pages"], ["regex"]);
        if (fields is null)
        {
            return null;
        }

        var regex = fields.TryGetValue("regex", out var regexField) ? _values.ReadRegex(regexField.Value, "regex") : null;
        var pages = _values.ReadPages(fields);
        return regex is null || pages is null ? null : new HandlerRule(regex, regex.ToString(), pages.Value);
    }
}
