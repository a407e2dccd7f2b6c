using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Loads a site's home page and decides what its load means: read despite a load event that never came, followed
/// through meta refresh and script redirects, or failed with a status that says why. What was read is kept as soon
/// as it is read (<see cref="Loaded"/>, <see cref="FinalUrl"/>, <see cref="Facts"/>), so a site cut short keeps it.
/// </summary>
internal sealed class HomePageLoad
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);
    private const int MaxClientRedirects = 5;

    private readonly SiteTabs _tabs;
    private readonly PageReader _reader;
    private readonly SiteFactsReader _facts;
    private readonly CrawlOptions _options;
    private readonly Uri _target;
    private readonly EgressProxy _egress;
    private readonly List<PageSnapshot> _pages;
    private readonly List<string> _notes;
    private readonly CancellationToken _token;
    private readonly List<RedirectHop> _clientRedirectHops = [];

    public HomePageLoad(
        SiteTabs tabs, PageReader reader, SiteFactsReader facts, CrawlOptions options, Uri target, EgressProxy egress,
        List<PageSnapshot> pages, List<string> notes, CancellationToken token)
    {
        _tabs = tabs;
        _reader = reader;
        _facts = facts;
        _options = options;
        _target = target;
        _egress = egress;
        _pages = pages;
        _notes = notes;
        _token = token;
    }

    public string? FinalUrl { get; private set; }

    /// <summary>The site's facts: those read over the network (TLS, http probe) once they are in (<see cref="CompleteFactsAsync"/>).</summary>
    public SiteFacts Facts
    {
        get => _networkFacts is { IsCompletedSuccessfully: true } done ? done.Result : _homeFacts;
        private set => _homeFacts = value;
    }

    private SiteFacts _homeFacts = SiteFacts.Empty;
    private Task<SiteFacts>? _networkFacts;

    /// <summary>Waits for the facts read over the network while the inner pages were crawled.</summary>
    public async Task CompleteFactsAsync()
    {
        if (_networkFacts is { } pending)
        {
            await pending.WaitAsync(_token).ConfigureAwait(false);
        }
    }

    /// <summary>True once the home page is among the pages read (a later failure does not fail the site).</summary>
    public bool Loaded { get; private set; }

    private float PageTimeoutMs => (float)_options.PageTimeout.TotalMilliseconds;

    public async Task<(PageSnapshot? Home, LoadFailure? Failure, IReadOnlyList<FoundLink> Links)> LoadAsync()
    {
        var (page, traffic) = await _tabs.WorkPageAsync().ConfigureAwait(false);
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
                response = await _tabs.LoadAsync(page, _target, WaitUntilState.Load, PageTimeoutMs, navigations.Broken).ConfigureAwait(false);
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
                if (_tabs.Crashed)
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
            await AppRender.SettleAsync(page, traffic, SettleTime, _token).ConfigureAwait(false);
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
            var snapshot = await _reader.SnapshotAsync(page, response, depth: 0, traffic, sameSite: url => SameHost(url, finalUri)).ConfigureAwait(false);
            if (BinaryContent.LooksBinary(snapshot.Html))
            {
                return (null, LoadFailure.NotHtml(_target, "binary data served as text/html"), []);
            }

            if (!SameHost(finalUri, _target))
            {
                _notes.Add($"the home page redirects to another host, {finalUri.IdnHost}, which was audited instead");
            }

            _pages.Add(snapshot);
            Loaded = true;
            (Facts, _networkFacts) = await _facts.GatherAsync(page, response, finalUri, _clientRedirectHops).ConfigureAwait(false);
            _ = _networkFacts.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

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

            var links = await _reader.LinksAsync(page, url => SameHost(url, finalUri)).ConfigureAwait(false);
            await _reader.TestAccessibilityAsync(page, linkText: null, links).ConfigureAwait(false);
            if (_options.MaxDepth >= 1 && _options.MaxPages > 1)
            {
                // Hidden links only matter when links are followed.
                var read = await HiddenLinks.AddToAsync(page, traffic, links, _token).ConfigureAwait(false);
                links = read.Links;
                var withMenus = OpenedMenus.AddTo(snapshot, read.DrawnByMenus);
                if (!ReferenceEquals(withMenus, snapshot))
                {
                    // The home page was kept before its menus were opened: keep the one with the menus' links instead.
                    _pages[_pages.IndexOf(snapshot)] = withMenus;
                    snapshot = withMenus;
                }
            }

            return (snapshot, null, links);
        }
    }

    private LoadFailure NavigationFailure(NavigationLog navigations, string failedUrl, Exception error, bool downloadStarted, bool clientRedirect) =>
        navigations.Explain(_target, failedUrl, error, _egress, _options.PageTimeout, downloadStarted, clientRedirect);

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
                .WaitAsync(PageReader.FrameBudget, _token).ConfigureAwait(false);
            if (state == "partial" && !broken)
            {
                _notes.Add($"the home page never finished loading within {_options.PageTimeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s; what had arrived was read");
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
            _clientRedirectHops.AddRange(await _facts.RedirectChainAsync(response).ConfigureAwait(false));
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

    private static bool SameHost(Uri url, Uri home) =>
        string.Equals(HostName.WithoutWww(url.IdnHost), HostName.WithoutWww(home.IdnHost), StringComparison.OrdinalIgnoreCase);
}
