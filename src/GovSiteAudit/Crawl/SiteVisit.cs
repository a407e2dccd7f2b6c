using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// One site crawled in one browser context: the home page (<see cref="HomePageLoad"/>), then the inner pages level by
/// level from the <see cref="CrawlFrontier"/>, as robots.txt allows. Every Playwright call is awaited with
/// <c>WaitAsync(token)</c>: Playwright has no protocol-level timeout, so a hung call must be abandonable when the
/// site's budget runs out. What was gathered stays in the properties, so a site cut short still yields its partial snapshot.
/// </summary>
internal sealed class SiteVisit
{
    private static readonly TimeSpan InnerSettleTime = TimeSpan.FromMilliseconds(500);
    // How long a site cut short waits for the measures beside its crawl to notice the cancellation.
    private static readonly TimeSpan AbandonWait = TimeSpan.FromSeconds(5);

    private readonly CrawlOptions _options;
    private readonly Uri _target;
    private readonly CancellationToken _token;
    private readonly GuardedConnector _connector;
    private readonly Dictionary<string, RobotsTxt> _robots = new(StringComparer.Ordinal);
    private readonly SiteTabs _tabs;
    private readonly PageReader _reader;
    private readonly HomePageLoad _home;
    private readonly SiteAccessibilityScan? _accessibility;
    private readonly SiteQuality _quality;
    private readonly EgressProxy _egress;
    private readonly HostGate _hosts;

    public SiteVisit(IBrowserContext context, CrawlOptions options, Uri target, HostGate hosts, EgressProxy egress, GuardedConnector connector, CancellationToken token)
    {
        _quality = new SiteQuality(options);
        _egress = egress;
        _hosts = hosts;
        _connector = connector;
        _options = options;
        _target = target;
        _token = token;
        _accessibility = options.Accessibility.Enabled ? new SiteAccessibilityScan(options.Accessibility, Notes, token) : null;
        _tabs = new SiteTabs(context, options, hosts, token);
        _reader = new PageReader(_tabs, _accessibility, Notes, token);
        var facts = new SiteFactsReader(context, _tabs, options, target, egress, connector, token);
        _home = new HomePageLoad(_tabs, _reader, facts, options, target, egress, Pages, Notes, token);
    }

    public List<PageSnapshot> Pages { get; } = [];

    public string? FinalUrl => _home.FinalUrl;

    public SiteFacts Facts => _home.Facts;

    /// <summary>True once the home page is in <see cref="Pages"/> (a later failure does not fail the site).</summary>
    public bool HomeLoaded => _home.Loaded;

    /// <summary>Things worth saying about a site that was read (a page cut short, a redirect to another host).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>axe-core's results on the pages tested so far; null when --accessibility is off.</summary>
    public SiteAccessibility? Accessibility => _accessibility?.Result;

    /// <summary>Speed, phone fit, links checked, search probe (issue 13) so far; null when not measured.</summary>
    public SiteMeasurements? Measurements => _quality.Result;


    /// <summary>The site's time left: the measures beside and after the crawl stop within it. Set by the crawler.</summary>
    public Func<TimeSpan> Remaining { get; init; } = () => TimeSpan.MaxValue;

    private float PageTimeoutMs => (float)_options.PageTimeout.TotalMilliseconds;

    public Task PrepareAsync() => _tabs.PrepareAsync();

    /// <summary>Crawls the site; returns the failure of the home page, or null when it loaded.</summary>
    public async Task<LoadFailure?> RunAsync()
    {
        // robots.txt and the sitemaps are read while the home page loads, so their round trips cost no time.
        using var files = CancellationTokenSource.CreateLinkedTokenSource(_token);
        var siteFiles = _options.MaxDepth >= 1 && _options.MaxPages > 1
            ? SitemapSeeds.FetchAsync(new Uri(_target.GetLeftPart(UriPartial.Authority)), url => SameSiteAsTarget(url), _options, _connector, files.Token)
            : Task.FromResult(SiteFiles.None);
        try
        {
            var failure = await CrawlAsync(siteFiles).ConfigureAwait(false);
            await _home.CompleteFactsAsync().ConfigureAwait(false);
            return failure;
        }
        finally
        {
            await files.CancelAsync().ConfigureAwait(false);
            _ = siteFiles.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private async Task<LoadFailure?> CrawlAsync(Task<SiteFiles> siteFiles)
    {
        // The home page is measured as a visitor gets it: its images, fonts and media load too (inner pages stay fast).
        // Switched back only once the home page is in: a tab stuck on a silent server answers no DevTools command until
        // the site's budget ends, and a failed home page has no inner pages to keep fast.
        if (_quality.Measure)
        {
            await _tabs.SetLoadEverythingAsync(true).ConfigureAwait(false);
        }

        var (home, failure, links) = await _home.LoadAsync().ConfigureAwait(false);
        if (home is null || failure is not null)
        {
            return failure;
        }

        if (_quality.Measure)
        {
            await _tabs.SetLoadEverythingAsync(false).ConfigureAwait(false);
        }

        var prefetched = await siteFiles.ConfigureAwait(false);
        if (prefetched.Robots is { } robots)
        {
            _robots[_target.GetLeftPart(UriPartial.Authority)] = robots;
        }

        var (homeTab, homeTraffic) = await _tabs.WorkPageAsync().ConfigureAwait(false);
        await _quality.HomeLoadedAsync(_tabs, homeTab, homeTraffic, home, links, _token).ConfigureAwait(false);

        var frontier = new CrawlFrontier([_target.IdnHost, new Uri(home.Url).IdnHost], _options.PriorityKeywords);
        // The search probe runs beside the inner pages, in a tab of its own.
        var besideCrawl = _quality.BesideCrawlAsync(frontier.IsSameSite, _tabs, _reader, _egress, Remaining, _token);
        try
        {
            await CrawlInnerPagesAsync(home, links, prefetched, frontier).ConfigureAwait(false);
        }
        catch
        {
            // The site is cut short (its budget, a dead browser): the measures beside the crawl end with the same token;
            // they are let finish (briefly) so that nothing writes to the site's results while its snapshot is taken.
            await Task.WhenAny(besideCrawl, Task.Delay(AbandonWait, CancellationToken.None)).ConfigureAwait(false);
            _ = besideCrawl.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }

        var checker = new LinkChecker(_options, _connector, _hosts, RobotsForAsync);
        await _quality.AfterCrawlAsync(besideCrawl, frontier.IsSameSite, checker, Remaining, _token).ConfigureAwait(false);
        return null;
    }

    private async Task CrawlInnerPagesAsync(PageSnapshot home, IReadOnlyList<FoundLink> links, SiteFiles prefetched, CrawlFrontier frontier)
    {
        frontier.MarkSeen(_target.AbsoluteUri);
        frontier.MarkSeen(home.Url);
        foreach (var hop in Facts.RedirectChain)
        {
            frontier.MarkSeen(hop.Url);
        }

        var attempts = 1;
        var level = SitemapSeeds.Merge(frontier, frontier.Next(links), prefetched.SitemapPages, _options.MaxPages);
        for (var depth = 1; depth <= _options.MaxDepth && level.Count > 0 && attempts < _options.MaxPages; depth++)
        {
            var nextLevel = new List<FoundLink>();
            foreach (var link in level)
            {
                if (attempts >= _options.MaxPages)
                {
                    break;
                }

                if (!frontier.MarkSeen(link.Url) || !await AllowedByRobotsAsync(new Uri(link.Url)).ConfigureAwait(false))
                {
                    continue;
                }

                attempts++;
                var (page, pageLinks) = await VisitInnerPageAsync(new Uri(link.Url), link.Text, depth, frontier).ConfigureAwait(false);
                if (page is not null)
                {
                    frontier.MarkSeen(page.Url);
                    Pages.Add(page);
                    nextLevel.AddRange(pageLinks);
                    _quality.PageRead(page, pageLinks, requested: new Uri(link.Url));
                }
            }

            level = depth < _options.MaxDepth ? frontier.Next(nextLevel) : [];
        }
    }

    private bool SameSiteAsTarget(Uri url) =>
        string.Equals(BareHost(url.IdnHost), BareHost(_target.IdnHost), StringComparison.OrdinalIgnoreCase);

    private static string BareHost(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>Whether a cookie set for <paramref name="cookieDomain"/> belongs to <paramref name="host"/> (see <see cref="SiteFactsReader"/>).</summary>
    internal static bool IsFirstParty(string cookieDomain, string host) => SiteFactsReader.IsFirstParty(cookieDomain, host);

    /// <summary>Whether robots.txt of the link's origin allows it (always, with --ignore-robots).</summary>
    private async Task<bool> AllowedByRobotsAsync(Uri url) =>
        await RobotsForAsync(url).ConfigureAwait(false) is not { } robots || robots.IsAllowed(url);

    /// <summary>robots.txt of the link's origin, fetched once per site and origin; null with --ignore-robots.</summary>
    private async Task<RobotsTxt?> RobotsForAsync(Uri url)
    {
        if (_options.IgnoreRobots)
        {
            return null;
        }

        var origin = url.GetLeftPart(UriPartial.Authority);
        if (!_robots.TryGetValue(origin, out var robots))
        {
            robots = await RobotsTxt.FetchAsync(new Uri(origin), _options, _connector, _token).ConfigureAwait(false);
            _robots[origin] = robots;
        }

        return robots;
    }

    private async Task<(PageSnapshot? Page, IReadOnlyList<FoundLink> Links)> VisitInnerPageAsync(Uri url, string linkText, int depth, CrawlFrontier frontier)
    {
        var (page, traffic) = await _tabs.WorkPageAsync().ConfigureAwait(false);
        traffic.Reset();
        try
        {
            await AppRender.LeaveIfSameDocumentAsync(page, url, PageTimeoutMs, _token).ConfigureAwait(false);
            var response = await _tabs.LoadAsync(page, url, WaitUntilState.Load, PageTimeoutMs).ConfigureAwait(false);
            if (response is null || response.Status >= 400 || !LoadFailure.IsHtml(response.Headers.GetValueOrDefault("content-type")))
            {
                _quality.PageFailed(url, response?.Status ?? 0);
                return (null, []);
            }

            var characterSet = await AppRender.SettleAsync(page, traffic, InnerSettleTime, _token).ConfigureAwait(false);
            // Checked after the settle, which reads the character set on the way (one round trip less per page); a page
            // that moved on meanwhile (meta refresh) is read as it now is.
            if (characterSet is not null && Uri.TryCreate(response.Url, UriKind.Absolute, out var documentUrl) && AppRoute.SameDocument(documentUrl, page.Url)
                && await UndeclaredUtf8.ReloadIfMisdecodedAsync(page, response, PageTimeoutMs, _token, characterSet).ConfigureAwait(false))
            {
                await AppRender.SettleAsync(page, traffic, InnerSettleTime, _token).ConfigureAwait(false);
            }

            if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var finalUri) || !frontier.IsSameSite(finalUri)
                || (frontier.WasSeen(finalUri.AbsoluteUri) && CrawlFrontier.SeenKey(finalUri) != CrawlFrontier.SeenKey(url)))
            {
                return (null, []); // Redirected off the site, or to a page already taken.
            }

            var snapshot = await _reader.SnapshotAsync(page, response, depth, traffic, frontier.IsSameSite).ConfigureAwait(false);
            if (BinaryContent.LooksBinary(snapshot.Html))
            {
                return (null, []);
            }

            var links = await _reader.LinksAsync(page, frontier.IsSameSite).ConfigureAwait(false);
            await _reader.TestAccessibilityAsync(page, linkText, links).ConfigureAwait(false);
            if (depth < _options.MaxDepth)
            {
                // The last level's links are not followed: no menus opened for them.
                var read = await HiddenLinks.AddToAsync(page, traffic, links, _token).ConfigureAwait(false);
                links = read.Links;
                snapshot = OpenedMenus.AddTo(snapshot, read.DrawnByMenus);
            }
            return (snapshot, links);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // An inner page that fails is skipped; the site still counts. The tab may be stuck: start afresh.
            await _tabs.ReplaceWorkPageAsync(page).ConfigureAwait(false);
            return (null, []);
        }
    }
}
