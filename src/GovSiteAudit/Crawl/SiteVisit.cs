using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// One site crawled in one browser context. Every Playwright call is awaited with <c>WaitAsync(token)</c>:
/// Playwright has no protocol-level timeout, so a hung call must be abandonable when the site's budget runs out.
/// What was gathered stays in the fields, so a site cut short still yields its partial snapshot.
/// </summary>
internal sealed class SiteVisit
{
    private static readonly HashSet<string> SkippedResourceTypes = new(StringComparer.Ordinal) { "image", "media", "font" };
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan InnerSettleTime = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan FrameBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ProbeBudget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CloseBudget = TimeSpan.FromSeconds(5);
    private const int MaxClientRedirects = 5;
    private static readonly TimeSpan BrokenGrace = TimeSpan.FromMilliseconds(500);

    // Reads links (and frame sources) from the rendered DOM, in document order, resolved against the base URL.
    private const string LinksScript = """
        () => Array.from(document.querySelectorAll('a[href], area[href], iframe[src], frame[src]')).map(e => {
            const tag = e.tagName.toUpperCase();
            const raw = e.getAttribute(tag === 'IFRAME' || tag === 'FRAME' ? 'src' : 'href');
            let url;
            try { url = new URL(raw, document.baseURI).href; } catch { return null; }
            const text = (e.innerText || e.textContent || e.getAttribute('title') || e.getAttribute('alt') || e.getAttribute('aria-label') || '').trim();
            return [url, text.slice(0, 300)];
        }).filter(x => x !== null)
        """;

    private const string StorageScript = """
        () => {
            try {
                const entries = [];
                for (let i = 0; i < localStorage.length; i++) {
                    const key = localStorage.key(i);
                    entries.push([key, (localStorage.getItem(key) || '').length]);
                }
                return { origin: location.origin, entries };
            } catch (e) {
                return { origin: location.origin, entries: [] };
            }
        }
        """;

    private readonly IBrowserContext _context;
    private readonly CrawlOptions _options;
    private readonly Uri _target;
    private readonly CancellationToken _token;
    private readonly HostGate _hosts;
    private readonly EgressProxy _egress;
    private readonly GuardedConnector _connector;
    private readonly Dictionary<string, RobotsTxt> _robots = new(StringComparer.Ordinal);
    private int _creatingPages;
    private (IPage Page, PageTraffic Traffic)? _workPage;
    private readonly List<RedirectHop> _clientRedirectHops = [];
    private volatile bool _crashed;
    private readonly SiteAccessibilityScan? _accessibility;

    public SiteVisit(IBrowserContext context, CrawlOptions options, Uri target, HostGate hosts, EgressProxy egress, GuardedConnector connector, CancellationToken token)
    {
        _hosts = hosts;
        _egress = egress;
        _connector = connector;
        _context = context;
        _options = options;
        _target = target;
        _token = token;
        _accessibility = options.Accessibility.Enabled ? new SiteAccessibilityScan(options.Accessibility, Notes, token) : null;
    }

    public List<PageSnapshot> Pages { get; } = [];

    public string? FinalUrl { get; private set; }

    public SiteFacts Facts { get; private set; } = SiteFacts.Empty;

    /// <summary>True once the home page is in <see cref="Pages"/> (a later failure does not fail the site).</summary>
    public bool HomeLoaded { get; private set; }

    /// <summary>Things worth saying about a site that was read (a page cut short, a redirect to another host).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>axe-core's results on the pages tested so far; null when --accessibility is off.</summary>
    public SiteAccessibility? Accessibility => _accessibility?.Result;

    private float PageTimeoutMs => (float)_options.PageTimeout.TotalMilliseconds;

    public async Task PrepareAsync()
    {
        await _context.RouteAsync("**/*", RouteAsync).WaitAsync(_token).ConfigureAwait(false);
        await _context.AddInitScriptAsync(PageSafety.InitScript).WaitAsync(_token).ConfigureAwait(false);
        _context.Page += (_, page) => _ = ClosePopupAsync(page);
    }

    /// <summary>Crawls the site; returns the failure of the home page, or null when it loaded.</summary>
    public async Task<LoadFailure?> RunAsync()
    {
        var (home, failure, links) = await LoadHomeAsync().ConfigureAwait(false);
        if (home is null || failure is not null)
        {
            return failure;
        }

        var frontier = new CrawlFrontier([_target.IdnHost, new Uri(home.Url).IdnHost], _options.PriorityKeywords);
        frontier.MarkSeen(_target.AbsoluteUri);
        frontier.MarkSeen(home.Url);
        foreach (var hop in Facts.RedirectChain)
        {
            frontier.MarkSeen(hop.Url);
        }

        var attempts = 1;
        var level = frontier.Next(links);
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
                }
            }

            level = depth < _options.MaxDepth ? frontier.Next(nextLevel) : [];
        }

        return null;
    }

    private async Task<(PageSnapshot? Home, LoadFailure? Failure, IReadOnlyList<FoundLink> Links)> LoadHomeAsync()
    {
        var (page, traffic) = await WorkPageAsync().ConfigureAwait(false);
        var downloadStarted = false;
        page.Download += (_, _) => downloadStarted = true;
        IResponse? documentResponse = null;
        page.Response += (_, r) =>
        {
            if (r.Request.IsNavigationRequest && r.Frame == page.MainFrame)
            {
                documentResponse = r;
            }
        };
        var navigations = new NavigationLog();
        navigations.Watch(page);
        {
            IResponse? response;
            Exception? navigationError = null;
            try
            {
                response = await LoadAsync(page, _target, WaitUntilState.Load, PageTimeoutMs, navigations.Broken).ConfigureAwait(false);
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                response = null;
                navigationError = e;
            }

            if (navigationError is TimeoutException && await ParsedDespiteTimeoutAsync(page, documentResponse, broken: navigations.Cut is not null).ConfigureAwait(false))
            {
                // The document arrived and was parsed; only the load event never came (a hanging script or
                // tracker). Real sites do this often enough that reading what is there beats a timeout.
                response = documentResponse;
            }
            else if (navigationError is not null)
            {
                if (_crashed)
                {
                    return (null, Crashed(), []);
                }

                if (navigationError is TimeoutException && navigations.Cut is { } broken)
                {
                    // The document broke before anything of it could be shown: its error is the status, not a timeout.
                    return (null, NavigationFailure(navigations, broken.Url, new PlaywrightException(broken.Error), downloadStarted, clientRedirect: false), []);
                }

                if (navigationError is TimeoutException)
                {
                    return (null, LoadFailure.From(navigationError, _target, _options.PageTimeout, downloadStarted), []);
                }

                var failedUrl = navigations.LastFailure?.Url ?? _target.AbsoluteUri;
                return (null, NavigationFailure(navigations, failedUrl, navigationError, downloadStarted, clientRedirect: false), []);
            }

            if (response is null)
            {
                return (null, new LoadFailure(SiteStatus.NetworkError, $"the home page {_target.AbsoluteUri} gave no response"), []);
            }

            await UndeclaredUtf8.ReloadIfMisdecodedAsync(page, response, PageTimeoutMs, _token).ConfigureAwait(false);
            await traffic.SettleAsync(SettleTime, _token).ConfigureAwait(false);
            response = await FollowClientRedirectsAsync(page, response, () => documentResponse, traffic).ConfigureAwait(false);
            if (navigations.Stranded is { } stranded)
            {
                // A meta refresh or script redirect that failed: the tab shows Chromium's error page, never read as the site.
                return (null, NavigationFailure(navigations, stranded.Url, new PlaywrightException(stranded.Error), downloadStarted: false, clientRedirect: true), []);
            }

            if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var finalUri) || (finalUri.Scheme != Uri.UriSchemeHttp && finalUri.Scheme != Uri.UriSchemeHttps))
            {
                return (null, new LoadFailure(SiteStatus.NetworkError, $"the home page {_target.AbsoluteUri} ended on {page.Url}, not on a web page"), []);
            }

            FinalUrl = finalUri.AbsoluteUri;
            var snapshot = await SnapshotAsync(page, response, depth: 0, traffic, sameSite: url => SameHost(url, finalUri)).ConfigureAwait(false);
            if (BinaryContent.LooksBinary(snapshot.Html))
            {
                return (null, LoadFailure.NotHtml(_target, "binary data served as text/html"), []);
            }

            if (!SameHost(finalUri, _target))
            {
                Notes.Add($"the home page redirects to another host, {finalUri.IdnHost}, which was audited instead");
            }

            Pages.Add(snapshot);
            HomeLoaded = true;
            Facts = await GatherFactsAsync(page, response, finalUri).ConfigureAwait(false);

            if (response.Status >= 400)
            {
                return (snapshot, LoadFailure.HttpError(_target, response.Status), []);
            }

            if (!LoadFailure.IsHtml(snapshot.ContentType))
            {
                return (snapshot, LoadFailure.NotHtml(_target, snapshot.ContentType ?? "not HTML"), []);
            }

            if (navigations.Cut is { } cut && cut.Url == response.Url)
            {
                // The document was committed, then its connection broke: what arrived is read and kept, but the site is not "ok".
                var failure = LoadFailure.From(new PlaywrightException(cut.Error), _target, _options.PageTimeout, downloadStarted: false);
                var code = NavigationLog.Code(cut.Error) ?? cut.Error;
                return (snapshot, failure.Status == SiteStatus.ConnectionReset
                    ? failure with { Error = $"{_target.IdnHost} closed the connection part-way through the home page ({code}); the part received was read" }
                    : failure with { Error = $"{failure.Error}; the part received was read" }, []);
            }

            var links = await LinksAsync(page, url => SameHost(url, finalUri)).ConfigureAwait(false);
            await TestAccessibilityAsync(page, linkText: null, links).ConfigureAwait(false);
            return (snapshot, null, links);
        }
    }

    private LoadFailure NavigationFailure(NavigationLog navigations, string failedUrl, Exception error, bool downloadStarted, bool clientRedirect) =>
        navigations.Explain(_target, failedUrl, error, _egress, _options.PageTimeout, downloadStarted, clientRedirect);

    /// <summary>One page load, in its host's turn (<see cref="HostGate"/>): politeness across all sites crawled at once.</summary>
    private async Task<IResponse?> LoadAsync(IPage page, Uri url, WaitUntilState until, float timeoutMs, Task? broken = null)
    {
        using var turn = await _hosts.EnterAsync(url, _options.PageDelay, _token).ConfigureAwait(false);
        var load = page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = until, Timeout = timeoutMs }).WaitAsync(_token);
        if (broken is null || await Task.WhenAny(load, broken).ConfigureAwait(false) == load)
        {
            return await load.ConfigureAwait(false);
        }

        // The document broke part-way (a reset, broken chunks): Chromium then never fires the load event, and waiting
        // for it would turn a clear network error into a timeout. A moment for it anyway, then on with what arrived.
        await Task.WhenAny(load, Task.Delay(BrokenGrace, _token)).ConfigureAwait(false);
        if (load.IsCompleted)
        {
            return await load.ConfigureAwait(false);
        }

        _ = load.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        throw new TimeoutException($"the document of {url.AbsoluteUri} broke part-way");
    }

    /// <summary>robots.txt of the link's origin, fetched once per site and origin, unless --ignore-robots.</summary>
    private async Task<bool> AllowedByRobotsAsync(Uri url)
    {
        if (_options.IgnoreRobots)
        {
            return true;
        }

        var origin = url.GetLeftPart(UriPartial.Authority);
        if (!_robots.TryGetValue(origin, out var robots))
        {
            robots = await RobotsTxt.FetchAsync(new Uri(origin), _options, _connector, _token).ConfigureAwait(false);
            _robots[origin] = robots;
        }

        return robots.IsAllowed(url);
    }

    private async Task<bool> ParsedDespiteTimeoutAsync(IPage page, IResponse? documentResponse, bool broken)
    {
        if (documentResponse is null || documentResponse.Status >= 300)
        {
            return false;
        }

        try
        {
            // A document still "loading" (a body that streams forever) is read too when it already shows something.
            var state = await page.EvaluateAsync<string>(
                "() => document.readyState === 'loading' && document.body && document.body.childElementCount > 0 ? 'partial' : document.readyState")
                .WaitAsync(FrameBudget, _token).ConfigureAwait(false);
            if (state == "partial" && !broken)
            {
                Notes.Add($"the home page never finished loading within {_options.PageTimeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s; what had arrived was read");
            }

            return state is "interactive" or "complete" or "partial";
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return false;
        }
    }

    /// <summary>
    /// Follows meta refresh and script redirects (<c>location.replace</c>) that happened while the home page settled:
    /// the page that stays is the home page. The hops before it join the redirect chain.
    /// </summary>
    private async Task<IResponse> FollowClientRedirectsAsync(IPage page, IResponse response, Func<IResponse?> latest, PageTraffic traffic)
    {
        for (var hop = 0; hop < MaxClientRedirects && latest() is { } next && next != response && SameDocument(page.Url, next.Url); hop++)
        {
            _clientRedirectHops.AddRange(await RedirectChainAsync(response).ConfigureAwait(false));
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = PageTimeoutMs }).WaitAsync(_token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Read what is there, as for a home page whose load event never comes.
            }

            await traffic.SettleAsync(SettleTime, _token).ConfigureAwait(false);
            response = next;
        }

        return response;
    }

    private static bool SameDocument(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && x.GetLeftPart(UriPartial.Query) == y.GetLeftPart(UriPartial.Query);

    private LoadFailure Crashed() =>
        new(SiteStatus.BrowserError, $"the home page {_target.AbsoluteUri} crashed the browser's renderer (the tab died)");

    private async Task<(PageSnapshot? Page, IReadOnlyList<FoundLink> Links)> VisitInnerPageAsync(Uri url, string linkText, int depth, CrawlFrontier frontier)
    {
        var (page, traffic) = await WorkPageAsync().ConfigureAwait(false);
        traffic.Reset();
        try
        {
            var response = await LoadAsync(page, url, WaitUntilState.Load, PageTimeoutMs).ConfigureAwait(false);
            if (response is null || response.Status >= 400 || !LoadFailure.IsHtml(response.Headers.GetValueOrDefault("content-type")))
            {
                return (null, []);
            }

            await UndeclaredUtf8.ReloadIfMisdecodedAsync(page, response, PageTimeoutMs, _token).ConfigureAwait(false);
            await traffic.SettleAsync(InnerSettleTime, _token).ConfigureAwait(false);
            if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var finalUri) || !frontier.IsSameSite(finalUri)
                || (frontier.WasSeen(finalUri.AbsoluteUri) && CrawlFrontier.SeenKey(finalUri) != CrawlFrontier.SeenKey(url)))
            {
                return (null, []); // Redirected off the site, or to a page already taken.
            }

            var snapshot = await SnapshotAsync(page, response, depth, traffic, frontier.IsSameSite).ConfigureAwait(false);
            if (BinaryContent.LooksBinary(snapshot.Html))
            {
                return (null, []);
            }

            var links = await LinksAsync(page, frontier.IsSameSite).ConfigureAwait(false);
            await TestAccessibilityAsync(page, linkText, links).ConfigureAwait(false);
            return (snapshot, links);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // An inner page that fails is skipped; the site still counts. The tab may be stuck: start afresh.
            _workPage = null;
            await CloseQuietlyAsync(page).ConfigureAwait(false);
            return (null, []);
        }
    }

    /// <summary>axe-core on the page just rendered, when it is in the sample (--accessibility); a tab axe left busy is replaced.</summary>
    private async Task TestAccessibilityAsync(IPage page, string? linkText, IReadOnlyList<FoundLink> links)
    {
        if (_accessibility is null)
        {
            return;
        }

        var tabFine = linkText is null
            ? await _accessibility.HomeAsync(page).ConfigureAwait(false)
            : await _accessibility.InnerAsync(page, linkText).ConfigureAwait(false);
        _accessibility.Observe(links);
        if (!tabFine)
        {
            _workPage = null;
            await CloseQuietlyAsync(page).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One tab serves the home page and the inner pages in turn: a same-site navigation keeps its renderer
    /// process, where a new tab per page would start one each time.
    /// </summary>
    private async Task<(IPage Page, PageTraffic Traffic)> WorkPageAsync()
    {
        if (_workPage is { } current && !current.Page.IsClosed)
        {
            return current;
        }

        var page = await NewPageAsync().ConfigureAwait(false);
        _workPage = (page, new PageTraffic(page));
        return _workPage.Value;
    }

    private async Task<PageSnapshot> SnapshotAsync(IPage page, IResponse response, int depth, PageTraffic traffic, Func<Uri, bool> sameSite)
    {
        var headers = await response.AllHeadersAsync().WaitAsync(_token).ConfigureAwait(false);
        var (html, truncated) = await PageContent.ReadAsync(page, _token).ConfigureAwait(false);
        var title = await page.TitleAsync().WaitAsync(_token).ConfigureAwait(false);
        if (truncated)
        {
            Notes.Add($"{page.Url} is larger than {PageContent.MaxChars / 1_000_000} million characters; only its beginning was read");
        }

        if (Mojibake.Repair(html) is { } repaired)
        {
            // UTF-8 bytes under a declared single-byte charset: read them as the UTF-8 they are.
            html = repaired;
            title = Mojibake.Repair(title) ?? title;
            Notes.Add($"{page.Url} declares a single-byte charset but is UTF-8; it was re-read as UTF-8");
        }

        var frames = await FramesAsync(page, sameSite).ConfigureAwait(false);
        return new PageSnapshot(
            page.Url, response.Status, headers.GetValueOrDefault("content-type"), title, html,
            new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase), depth, frames, traffic.Urls);
    }

    private async Task<IReadOnlyList<FrameSnapshot>> FramesAsync(IPage page, Func<Uri, bool> sameSite)
    {
        var frames = new List<FrameSnapshot>();
        foreach (var frame in SameSiteFrames(page, sameSite))
        {
            try
            {
                var html = await frame.ContentAsync().WaitAsync(FrameBudget, _token).ConfigureAwait(false);
                frames.Add(new FrameSnapshot(frame.Url, html));
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                // A frame that detached or hangs is left out; the page still counts.
            }
        }

        return frames;
    }

    private static IEnumerable<IFrame> SameSiteFrames(IPage page, Func<Uri, bool> sameSite) =>
        page.Frames.Where(f => f != page.MainFrame && Uri.TryCreate(f.Url, UriKind.Absolute, out var u) && sameSite(u));

    private async Task<IReadOnlyList<FoundLink>> LinksAsync(IPage page, Func<Uri, bool> sameSite)
    {
        var links = new List<FoundLink>();
        foreach (var frame in new[] { page.MainFrame }.Concat(SameSiteFrames(page, sameSite)))
        {
            try
            {
                var found = await frame.EvaluateAsync<JsonElement>(LinksScript).WaitAsync(FrameBudget, _token).ConfigureAwait(false);
                foreach (var pair in found.EnumerateArray())
                {
                    links.Add(new FoundLink(pair[0].GetString() ?? "", pair[1].GetString() ?? ""));
                }
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                // Links of a frame that went away are simply not followed.
            }
        }

        return links;
    }

    private async Task<SiteFacts> GatherFactsAsync(IPage page, IResponse response, Uri finalUri)
    {
        IReadOnlyList<RedirectHop> chain = [.. _clientRedirectHops, .. await RedirectChainAsync(response).ConfigureAwait(false)];
        var cookies = (await _context.CookiesAsync().WaitAsync(_token).ConfigureAwait(false))
            .Select(c => new CookieFact(c.Name, c.Domain, c.Path, c.Expires, IsFirstParty(c.Domain, finalUri.IdnHost)))
            .ToList();
        var storage = await LocalStorageAsync(page).ConfigureAwait(false);
        var tls = finalUri.Scheme == Uri.UriSchemeHttps ? await TlsAsync(response, finalUri).ConfigureAwait(false) : null;
        var probe = await HttpProbeAsync(chain, finalUri).ConfigureAwait(false);
        return new SiteFacts(chain, probe, tls, cookies, storage);
    }

    private async Task<IReadOnlyList<RedirectHop>> RedirectChainAsync(IResponse response)
    {
        var hops = new List<RedirectHop>();
        for (var request = response.Request; request is not null; request = request.RedirectedFrom)
        {
            var hopResponse = request == response.Request ? response : await request.ResponseAsync().WaitAsync(_token).ConfigureAwait(false);
            hops.Add(new RedirectHop(request.Url, hopResponse?.Status ?? 0));
        }

        hops.Reverse();
        return hops;
    }

    internal static bool IsFirstParty(string cookieDomain, string host)
    {
        var domain = cookieDomain.TrimStart('.');
        return host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<IReadOnlyList<StorageEntry>> LocalStorageAsync(IPage page)
    {
        try
        {
            var result = await page.EvaluateAsync<JsonElement>(StorageScript).WaitAsync(_token).ConfigureAwait(false);
            var origin = result.GetProperty("origin").GetString() ?? "";
            return result.GetProperty("entries").EnumerateArray()
                .Select(e => new StorageEntry(origin, e[0].GetString() ?? "", e[1].GetInt32()))
                .ToList();
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return [];
        }
    }

    private async Task<TlsFacts> TlsAsync(IResponse response, Uri finalUri)
    {
        ResponseSecurityDetailsResult? details = null;
        try
        {
            details = await response.SecurityDetailsAsync().WaitAsync(_token).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // Facts from the handshake below still stand.
        }

        // Dates from our own handshake when it worked: Playwright .NET reports them as float seconds, about two minutes coarse.
        var verdict = await CertificateCheck.VerifyAsync(finalUri, _options.AllowPrivateNetwork, _connector, _token).ConfigureAwait(false);
        return new TlsFacts(
            details?.Protocol, details?.Issuer, details?.SubjectName,
            verdict.NotBefore ?? FromUnixSeconds(details?.ValidFrom), verdict.NotAfter ?? FromUnixSeconds(details?.ValidTo),
            verdict.Valid, verdict.Error);
    }

    private static DateTimeOffset? FromUnixSeconds(float? seconds) =>
        seconds is { } s ? DateTimeOffset.FromUnixTimeSeconds((long)s) : null;

    /// <summary>
    /// Does plain http lead to https? Read from the home page's own chain when it started on http; otherwise load
    /// <c>http://host/</c> — only when the target used the default port, as the http port of a custom one is unknown.
    /// </summary>
    private async Task<HttpProbe?> HttpProbeAsync(IReadOnlyList<RedirectHop> chain, Uri finalUri)
    {
        var firstHttp = chain.FirstOrDefault(h => h.Url.StartsWith("http:", StringComparison.OrdinalIgnoreCase));
        if (firstHttp is not null)
        {
            return new HttpProbe(firstHttp.Url, finalUri.AbsoluteUri, finalUri.Scheme == Uri.UriSchemeHttps, null);
        }

        if (finalUri.Scheme != Uri.UriSchemeHttps || !_target.IsDefaultPort)
        {
            return null;
        }

        var probed = new UriBuilder(Uri.UriSchemeHttp, finalUri.Host).Uri.AbsoluteUri;
        var page = await NewPageAsync().ConfigureAwait(false);
        try
        {
            var budget = _options.PageTimeout < ProbeBudget ? _options.PageTimeout : ProbeBudget;
            await LoadAsync(page, new Uri(probed), WaitUntilState.DOMContentLoaded, (float)budget.TotalMilliseconds).ConfigureAwait(false);
            var landed = new Uri(page.Url);
            return new HttpProbe(probed, landed.AbsoluteUri, landed.Scheme == Uri.UriSchemeHttps, null);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // A connection the proxy refused or could not make: its reason, not the browser's view of the tunnel.
            var reason = _egress.FailureFor(new Uri(probed))?.Sentence
                ?? LoadFailure.From(e, new Uri(probed), ProbeBudget, downloadStarted: false).Error.Replace("the home page ", "", StringComparison.Ordinal);
            return new HttpProbe(probed, null, false, reason);
        }
        finally
        {
            await CloseQuietlyAsync(page).ConfigureAwait(false);
        }
    }

    private async Task<IPage> NewPageAsync()
    {
        Interlocked.Increment(ref _creatingPages);
        try
        {
            var page = await _context.NewPageAsync().WaitAsync(_token).ConfigureAwait(false);
            page.Dialog += (_, dialog) => _ = DismissAsync(dialog);
            page.Crash += (_, _) => _crashed = true;
            return page;
        }
        finally
        {
            Interlocked.Decrement(ref _creatingPages);
        }
    }

    private static async Task DismissAsync(IDialog dialog)
    {
        try
        {
            // "Leave this page?" must be answered yes, or the crawl cannot move on to the next page.
            await (dialog.Type == DialogType.BeforeUnload ? dialog.AcceptAsync() : dialog.DismissAsync()).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page closed first.
        }
    }

    /// <summary>Pages opened by the site (window.open, target=_blank) are closed: only our own pages are crawled.</summary>
    private async Task ClosePopupAsync(IPage page)
    {
        try
        {
            var opener = await page.OpenerAsync().ConfigureAwait(false);
            if (opener is not null || Volatile.Read(ref _creatingPages) == 0)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (PlaywrightException)
        {
        }
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(CloseBudget).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
        }
    }

    /// <summary>
    /// Images, media and fonts are not fetched (they cost time and tell nothing). Where the other requests may go is
    /// not decided here: a route sees only the first URL of a redirect chain and no WebSocket, so every connection is
    /// judged by the guard in <see cref="EgressProxy"/> instead.
    /// </summary>
    private static async Task RouteAsync(IRoute route)
    {
        try
        {
            if (SkippedResourceTypes.Contains(route.Request.ResourceType))
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            await route.ContinueAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or OperationCanceledException)
        {
            // The context is closing; the request dies with it.
        }
    }

    private static bool SameHost(Uri url, Uri home) =>
        string.Equals(Bare(url.IdnHost), Bare(home.IdnHost), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
