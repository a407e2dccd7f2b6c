using System.Text;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The rules of a site's robots.txt for our crawler (RFC 9309): the groups for the product token
/// <see cref="ProductToken"/>, else those for <c>*</c>; Allow/Disallow with <c>*</c> and a closing <c>$</c>; the longest
/// matching rule wins, Allow on a tie. The home page is always read; these rules bound the crawl beyond it.
/// </summary>
public sealed class RobotsTxt
{
    public const string ProductToken = "GovSiteAudit";

    /// <summary>At least 500 KiB must be parsed (RFC 9309 §2.5); the rest is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly IReadOnlyList<Rule> _rules;

    /// <summary>At most this many <c>Sitemap:</c> lines are kept.</summary>
    public const int MaxSitemaps = 50;

    private RobotsTxt(IReadOnlyList<Rule> rules, string source, IReadOnlyList<string>? sitemaps = null, bool unreachable = false)
    {
        _rules = rules;
        Source = source;
        Sitemaps = sitemaps ?? [];
        IsUnreachable = unreachable;
    }

    /// <summary>The addresses of the <c>Sitemap:</c> lines, in order (they belong to no group; whether they may be fetched is decided elsewhere).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>No robots.txt (4xx) or no rule for us: everything may be crawled.</summary>
    public static RobotsTxt AllowAll { get; } = new([], "no robots.txt");

    /// <summary>robots.txt could not be fetched (5xx, no answer): nothing beyond the home page.</summary>
    public static RobotsTxt DisallowAll(string why) => new([new Rule("/", Allow: false)], why);

    /// <summary>
    /// The origin gave no answer at all for robots.txt (no connection, no response in time): nothing is crawled there, and
    /// a link to it is known to fail the same way without asking again.
    /// </summary>
    public bool IsUnreachable { get; }

    /// <summary>robots.txt got no answer at all: nothing beyond the home page, and the origin is known not to answer.</summary>
    public static RobotsTxt Unreachable(string why) => new([new Rule("/", Allow: false)], why, unreachable: true);

    /// <summary>Where the rules came from, for people ("robots.txt", "robots.txt unreachable: …").</summary>
    public string Source { get; }

    public static RobotsTxt Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<(List<string> Agents, List<Rule> Rules)>();
        (List<string> Agents, List<Rule> Rules)? current = null;
        var lastWasAgent = false;
        var sitemaps = new List<string>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], []);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(AgentToken(value));
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    // An empty Disallow allows everything, which is what no rule means.
                    if (current is not null && value.Length > 0)
                    {
                        current.Value.Rules.Add(new Rule(Normalize(value), Allow: key == "allow"));
                    }

                    break;
                case "sitemap":
                    // Sitemap lines neither start nor end a group (RFC 9309 §2.2.4).
                    if (value.Length > 0 && sitemaps.Count < MaxSitemaps)
                    {
                        sitemaps.Add(value);
                    }

                    break;
                default:
                    // Crawl-delay and other records neither start nor end a group.
                    break;
            }
        }

        var ours = groups.Where(g => g.Agents.Any(a => a.Equals(ProductToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (ours.Count == 0)
        {
            ours = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsTxt(ours.SelectMany(g => g.Rules).ToList(), "robots.txt", sitemaps);
    }

    /// <summary>True when <paramref name="url"/> (path and query) may be crawled.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Normalize(url.PathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }

        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>
    /// Fetches <c>/robots.txt</c> of <paramref name="origin"/> through the network guard (each connection, redirects
    /// included, goes only to an allowed address). 4xx: allow all; 5xx, no answer or timeout: disallow all.
    /// </summary>
    public static Task<RobotsTxt> FetchAsync(Uri origin, CrawlOptions options, CancellationToken ct) =>
        FetchAsync(origin, options, GuardedConnector.System, ct);

    internal static async Task<RobotsTxt> FetchAsync(Uri origin, CrawlOptions options, GuardedConnector connector, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connector);
        var url = new Uri(origin, "/robots.txt");
        try
        {
            var file = await SiteFile.GetAsync(url, options, connector, MaxBytes, "text/plain", ct).ConfigureAwait(false);
            if (file.Status is >= 400 and < 500 or >= 300 and < 400)
            {
                return AllowAll;
            }

            if (file.Status >= 500)
            {
                return DisallowAll($"robots.txt answered HTTP {file.Status}");
            }

            return Parse(Encoding.UTF8.GetString(file.Body));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Unreachable("robots.txt did not answer in time");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Unreachable($"robots.txt could not be fetched: {EgressException.Reason(e)}");
        }
    }


    /// <summary>The product token of a User-agent value: up to the first space or slash.</summary>
    private static string AgentToken(string value)
    {
        var end = value.IndexOfAny([' ', '/', '\t']);
        return end < 0 ? value : value[..end];
    }

    /// <summary>Percent-encodes non-ASCII (UTF-8) and upper-cases existing escapes, so paths and patterns compare as octets.</summary>
    internal static string Normalize(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Does <paramref name="pattern"/> match the start of <paramref name="path"/> (all of it when the pattern ends with <c>$</c>)?</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        // Wildcard matching with backtracking to the last '*'; without '$' the pattern may stop anywhere.
        int p = 0, s = 0, star = -1, mark = 0;
        while (true)
        {
            if (p == pattern.Length && (!anchored || s == path.Length))
            {
                return true;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (p < pattern.Length && s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (star >= 0 && mark < path.Length)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }
    }

    private sealed record Rule(string Pattern, bool Allow);
}
