namespace GovSiteAudit.Rubrics;

/// <summary>
/// Readers for keyword sets and for the rule kinds that describe features without words (feed,
/// account_link, handler) or by their place on the page (block).
/// </summary>
internal sealed partial class RubricModelReader
{
    private const int MaxGapLimit = 200;

    private Rule? ReadFeatureRule(string kind, RubricNode node) => kind switch
    {
        "feed" => ReadFeed(node),
        "account_link" => ReadAccountLink(node),
        "block" => ReadBlock(node),
        _ => ReadHandler(node),
    };

    private FeedRule? ReadFeed(RubricNode node)
    {
        var fields = Fields(node, "feed rule", ["head", "pages"], [], "feed takes a mapping of options ({} for the defaults)");
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var head = OptionalBool(fields, "head", false, ref ok);
        var pages = ReadPages(fields);
        return ok && pages is not null ? new FeedRule(head, pages.Value) : null;
    }

    private AccountLinkRule? ReadAccountLink(RubricNode node)
    {
        var fields = Fields(node, "account_link rule", ["hosts", "pages"], ["hosts"]);
        if (fields is null)
        {
            return null;
        }

        IReadOnlyList<string>? hosts = null;
        if (fields.TryGetValue("hosts", out var hostsField))
        {
            hosts = ReadHosts(hostsField.Value);
        }

        var pages = ReadPages(fields);
        return hosts is null || pages is null ? null : new AccountLinkRule(hosts, pages.Value);
    }

    private IReadOnlyList<string>? ReadHosts(RubricNode node)
    {
        Visit(node);
        if (node is not SequenceNode { Items.Count: > 0 } sequence)
        {
            Error(node, $"hosts must be a list of host names, e.g. [facebook.com, line.me], got {node.Describe()}");
            return null;
        }

        var hosts = new List<string>();
        foreach (var item in sequence.Items)
        {
            var host = ReadText(item, "a host", "a host name");
            if (host is null)
            {
                continue;
            }

            var trimmed = host.Trim().TrimEnd('.').ToLowerInvariant();
            if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains('/') || Uri.CheckHostName(trimmed) != UriHostNameType.Dns)
            {
                Error(item, $"'{host}' is not a host name; write the host alone, e.g. facebook.com (subdomains such as www. match too)");
                continue;
            }

            hosts.Add(trimmed);
        }

        return hosts.Count == sequence.Items.Count ? hosts : null;
    }

    private BlockRule? ReadBlock(RubricNode node)
    {
        var fields = Fields(node, "block rule", ["label", "label_exclude", "links", "links_exclude", "min_links", "max_gap", "pages"], ["label"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var label = ReadKeywordSet(fields, "label", "label_exclude");
        KeywordSet? links = null;
        if (fields.ContainsKey("links"))
        {
            links = ReadKeywordSet(fields, "links", "links_exclude");
            ok &= links is not null;
        }
        else if (fields.TryGetValue("links_exclude", out var linksExclude))
        {
            Error(linksExclude.Key, "links_exclude needs links: it removes near-misses from the links a block must hold");
            ok = false;
        }

        var minLinks = 2;
        if (fields.TryGetValue("min_links", out var minLinksField))
        {
            var read = ReadPositiveInteger(minLinksField.Value, "min_links");
            ok &= read is not null;
            minLinks = read ?? minLinks;
        }

        var pages = ReadPages(fields);
        return ok && label is not null && pages is not null ? new BlockRule(label, links, minLinks, pages.Value) : null;
    }

    private HandlerRule? ReadHandler(RubricNode node)
    {
        var fields = Fields(node, "handler rule", ["regex", "pages"], ["regex"]);
        if (fields is null)
        {
            return null;
        }

        var regex = fields.TryGetValue("regex", out var regexField) ? ReadRegex(regexField.Value, "regex") : null;
        var pages = ReadPages(fields);
        return regex is null || pages is null ? null : new HandlerRule(regex, regex.ToString(), pages.Value);
    }

    // ---- keywords ----

    private KeywordSet? ReadKeywordSet(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string includeKey, string excludeKey)
    {
        var include = fields.TryGetValue(includeKey, out var includeField) ? ReadKeywords(includeField.Value, includeKey) : null;
        IReadOnlyList<string>? exclude = [];
        if (fields.TryGetValue(excludeKey, out var excludeField))
        {
            exclude = ReadKeywords(excludeField.Value, excludeKey);
        }

        var maxGap = KeywordSet.DefaultMaxGap;
        if (fields.TryGetValue("max_gap", out var maxGapField))
        {
            var read = ReadPositiveInteger(maxGapField.Value, "max_gap");
            if (read > MaxGapLimit)
            {
                Error(maxGapField.Value, $"max_gap must be at most {MaxGapLimit} characters, got {read}");
                read = null;
            }

            if (read is null)
            {
                return null;
            }

            maxGap = read.Value;
        }

        return include is null || exclude is null ? null : new KeywordSet(include, exclude, maxGap);
    }

    private IReadOnlyList<string>? ReadKeywords(RubricNode node, string key)
    {
        Visit(node);
        if (node is not SequenceNode sequence)
        {
            Error(node, $"{key} must be a list of keywords, e.g. [FAQ, 常見問題], got {node.Describe()}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            Error(node, $"{key} must list at least one keyword, got an empty list");
            return null;
        }

        var keywords = sequence.Items.Select(item =>
        {
            var keyword = ReadText(item, "a keyword", "text");
            var problem = keyword is null ? null : KeywordSyntax.Problem(keyword);
            if (problem is not null)
            {
                Error(item, $"keyword {problem}");
                return null;
            }

            return keyword;
        }).ToList();
        return AllOrNull(keywords);
    }
}
