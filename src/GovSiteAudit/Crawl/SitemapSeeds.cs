namespace GovSiteAudit.Crawl;

/// <summary>
/// Pages a site's sitemaps list, to seed the crawl beside the home page's links (pages no link reaches are found
/// too). The sitemaps are those robots.txt names on <c>Sitemap:</c> lines, else <c>/sitemap.xml</c>; only sitemaps
/// and pages of the site itself are taken (an off-site or private address in a sitemap is never fetched by this
/// step, and the guard judges every connection anyway). Fetched like robots.txt (<see cref="SiteFile"/>), at most
/// <see cref="MaxFiles"/> files within <see cref="Budget"/>, each capped (<see cref="Sitemap"/>).
/// </summary>
internal static class SitemapSeeds
{
    /// <summary>Sitemap files fetched per site (an index and the first of the sitemaps it lists).</summary>
    public const int MaxFiles = 4;

    /// <summary>The time all sitemap files of a site may take together.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    /// <summary>
    /// robots.txt of <paramref name="origin"/> (unless --ignore-robots) and the same-site pages its sitemaps list.
    /// Never throws but for <paramref name="ct"/>: a sitemap that fails adds nothing.
    /// </summary>
    public static async Task<SiteFiles> FetchAsync(Uri origin, Func<Uri, bool> sameSite, CrawlOptions options, GuardedConnector connector, CancellationToken ct)
    {
        RobotsTxt? robots = null;
        if (!options.IgnoreRobots)
        {
            robots = await RobotsTxt.FetchAsync(origin, options, connector, ct).ConfigureAwait(false);
        }

        var queue = new Queue<Uri>();
        foreach (var line in robots?.Sitemaps ?? [])
        {
            if (Uri.TryCreate(origin, line, out var url) && IsWeb(url) && sameSite(url))
            {
                queue.Enqueue(url);
            }
        }

        if (queue.Count == 0 && (robots is null || robots.Sitemaps.Count == 0))
        {
            queue.Enqueue(new Uri(origin, "/sitemap.xml"));
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(Budget);
        var pages = new List<string>();
        var fetched = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && fetched.Count < MaxFiles && !budget.IsCancellationRequested)
        {
            var url = queue.Dequeue();
            if (!fetched.Add(url.AbsoluteUri) || (robots is not null && !robots.IsAllowed(url)))
            {
                continue;
            }

            var content = await ReadAsync(url, options, connector, budget.Token, ct).ConfigureAwait(false);
            foreach (var page in content.Pages)
            {
                // The protocol wants absolute addresses; a relative one is read against the sitemap's own (lenient, and still same-site only).
                if (Uri.TryCreate(url, page, out var pageUrl) && IsWeb(pageUrl) && sameSite(pageUrl))
                {
                    pages.Add(pageUrl.AbsoluteUri);
                }
            }

            foreach (var child in content.Sitemaps)
            {
                if (Uri.TryCreate(url, child, out var childUrl) && IsWeb(childUrl) && sameSite(childUrl))
                {
                    queue.Enqueue(childUrl);
                }
            }
        }

        return new SiteFiles(robots, pages);
    }

    private static async Task<SitemapContent> ReadAsync(Uri url, CrawlOptions options, GuardedConnector connector, CancellationToken budget, CancellationToken ct)
    {
        try
        {
            var file = await SiteFile.GetAsync(url, options, connector, Sitemap.MaxBytes, "application/xml", budget).ConfigureAwait(false);
            return file.Status is >= 200 and < 300 ? Sitemap.Parse(file.Body) : SitemapContent.Empty;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return SitemapContent.Empty;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return SitemapContent.Empty;
        }
    }

    private static bool IsWeb(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;

    /// <summary>
    /// The first level of the crawl: the home page's links ranked by the frontier, with the sitemap's pages no link
    /// reaches placed so they never push a priority link back — priority links, then sitemap pages whose address
    /// matches a priority keyword, then the other links, then the other sitemap pages. Pages the home page links to
    /// keep their link (and its text); at most <paramref name="max"/> sitemap pages are added.
    /// </summary>
    public static IReadOnlyList<FoundLink> Merge(CrawlFrontier frontier, IReadOnlyList<FoundLink> level, IReadOnlyList<string> sitemapPages, int max)
    {
        if (sitemapPages.Count == 0 || max <= 0)
        {
            return level;
        }

        var linked = level.Select(l => CrawlFrontier.SeenKeyOf(l.Url)).ToHashSet(StringComparer.Ordinal);
        var seeds = frontier.Next(sitemapPages.Select(p => new FoundLink(p, "")))
            .Where(s => !linked.Contains(CrawlFrontier.SeenKeyOf(s.Url)))
            .Take(max)
            .ToList();
        return
        [
            .. level.Where(frontier.IsPriority), .. seeds.Where(frontier.IsPriority),
            .. level.Where(l => !frontier.IsPriority(l)), .. seeds.Where(s => !frontier.IsPriority(s)),
        ];
    }
}
