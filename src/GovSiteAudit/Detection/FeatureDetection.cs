using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>Rules for features recognised without words: feed links, platform accounts, script-wired controls.</summary>
internal static class FeatureDetection
{
    // First path segments (or later ones) that make a platform link an action rather than an account.
    private static readonly HashSet<string> NotAccountSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharer", "sharer.php", "share.php", "sharing", "shareArticle", "intent", "dialog", "msg", "login",
        "login.php", "oauth", "oauth2", "auth", "plugins", "home", "home.php", "hashtag", "search", "watch", "embed",
        "shorts", "v", "tr", "signup", "r.php",
        // One article or video on a news or video platform (toutiao.com/article/…, bilibili.com/video/…) is not the account.
        "article", "video",
    };

    public static Evidence? Feed(FeedRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var node in document.Elements)
            {
                var visible = node.Name is "a" or "area";
                var head = rule.IncludeHead && node.Name == "link"
                            && ParsedDocument.Attribute(node, "rel").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("alternate", StringComparison.OrdinalIgnoreCase));
                if (!(visible || head) || !node.Attributes.Contains("href"))
                {
                    continue;
                }

                var href = ParsedDocument.Attribute(node, "href").Trim();
                var type = ParsedDocument.Attribute(node, "type");
                var feedType = site.BuiltIn.FeedType.IsMatch(type);
                if (feedType || (visible && IsFeedAddress(document.Resolve(href), site.BuiltIn)))
                {
                    return new Evidence(document.Url, ParsedDocument.Describe(node), VisibleText.Shorten(document.Resolve(href) ?? href));
                }
            }
        }

        return null;
    }

    public static Evidence? AccountLink(AccountLinkRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var node in document.Elements)
            {
                var address = node.Name switch
                {
                    "a" or "area" => document.Resolve(ParsedDocument.Attribute(node, "href")),
                    "iframe" => PluginTarget(document.Resolve(ParsedDocument.Attribute(node, "src")), site.BuiltIn),
                    _ => null,
                };
                if (address != null && IsAccount(address, rule.Hosts))
                {
                    return new Evidence(document.Url, ParsedDocument.Describe(node), VisibleText.Shorten(address));
                }
            }
        }

        return null;
    }

    public static Evidence? Handler(HandlerRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var node in document.Elements)
            {
                if (node.Name is "body" or "html" or "head")
                {
                    continue;
                }

                foreach (var attribute in node.Attributes)
                {
                    var name = attribute.Name.ToLowerInvariant();
                    var handler = name.Length > 2 && name.StartsWith("on", StringComparison.Ordinal);
                    var scriptAddress = name == "href" && (attribute.Value ?? "").TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
                    if (!(handler || scriptAddress))
                    {
                        continue;
                    }

                    var code = HtmlEntity.DeEntitize(attribute.Value) ?? "";
                    if (site.IsMatch(rule.Pattern, code))
                    {
                        var shown = VisibleText.CollapseWhiteSpace(document.FlatText(node));
                        var text = shown.Length > 0 ? $"{shown} ({name}: {code})" : $"{name}: {code}";
                        return new Evidence(document.Url, ParsedDocument.Describe(node), VisibleText.Shorten(VisibleText.CollapseWhiteSpace(text)));
                    }
                }
            }
        }

        return null;
    }

    // Share endpoints by path, on any other host (facebook.com/sharer/sharer.php, linkedin.com/shareArticle,
    // social-plugins.line.me/lineit/share, service.weibo.com/share/share.php). "intent" shares only as intent/tweet or
    // intent/post: intent/follow and intent/user lead to the agency's account. A bare "share" segment is a share endpoint
    // only with the page to share in its query (facebook.com/share/<id> is Facebook's short link to a page).
    private static readonly HashSet<string> ShareSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "sharer", "sharer.php", "share.php", "shareArticle", "lineit",
    };

    private static readonly HashSet<string> IntentShares = new(StringComparer.OrdinalIgnoreCase) { "tweet", "post" };

    // Share-button services whose every link shares the page it sits on.
    private static readonly string[] ShareHosts = ["addtoany.com", "addthis.com", "sharethis.com"];

    /// <summary>
    /// A share button: a link to another host's share or intent endpoint. It shares the page a visitor is on, so its name
    /// ("Facebook", "LINE") says nothing about the agency's own features.
    /// </summary>
    internal static bool IsShareLink(string? address, string pageUrl)
    {
        if (address == null || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && page.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (ShareHosts.Any(h => HostName.IsWithin(host, h)))
        {
            return true;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var query = uri.Query.ToLowerInvariant();
        for (var i = 0; i < segments.Length; i++)
        {
            if (ShareSegments.Contains(segments[i])
                || (segments[i].Equals("intent", StringComparison.OrdinalIgnoreCase) && i + 1 < segments.Length && IntentShares.Contains(segments[i + 1]))
                || (segments[i].Equals("share", StringComparison.OrdinalIgnoreCase) && (query.Contains("u=", StringComparison.Ordinal) || query.Contains("url=", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An address of an account on one of the hosts: a path that names something, not an action.</summary>
    internal static bool IsAccount(string address, IReadOnlyList<string> hosts)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (!hosts.Any(h => HostName.IsWithin(host, h)))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && !segments.Any(NotAccountSegments.Contains);
    }

    /// <summary>The page an embedded page plugin shows (facebook.com/plugins/page.php?href=…), else null.</summary>
    private static string? PluginTarget(string? src, BuiltInPatterns patterns)
    {
        if (src == null || !Uri.TryCreate(src, UriKind.Absolute, out var uri)
            || !patterns.PagePlugin.IsMatch(uri.AbsolutePath))
        {
            return null;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq].Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    private static bool IsFeedAddress(string? address, BuiltInPatterns patterns)
    {
        if (address == null || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        return patterns.FeedPath.IsMatch(uri.AbsolutePath) || patterns.FeedQuery.IsMatch(uri.Query);
    }
}
