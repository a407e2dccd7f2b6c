using System.Globalization;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Crawls sites in one headless Chromium, one fresh browser context per site, whose traffic all goes through a proxy
/// of its own (<see cref="EgressProxy"/>) where the network guard judges every connection. Safe to call concurrently.
/// The browser is replaced after <see cref="SitesPerBrowser"/> sites or when it dies, because very many
/// contexts over one browser's life eventually fail (playwright-dotnet#1613).
/// </summary>
public sealed class SiteCrawler : ISiteCrawler, IAsyncDisposable
{
    internal const int SitesPerBrowser = 200;

    private static readonly string[] LaunchArgs =
    [
        // --no-sandbox is needed as root; the rest stop Chromium reaching Google's services on its own.
        "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-gpu", "--disable-dev-shm-usage",
        // WebRTC sends UDP (STUN) to any address a page names, past the proxy; this keeps it to the proxy (TCP, guarded).
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    ];

    private static readonly TimeSpan CloseBudget = TimeSpan.FromSeconds(10);

    private readonly IPlaywright _playwright;
    private readonly BrowserInfo _browserInfo;
    private readonly CrawlOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HostGate _hosts = new(TimeProvider.System);
    private readonly GuardedConnector _connector;
    private readonly IReadOnlyList<string> _extraArgs;
    private BrowserSlot _current;
    private bool _disposed;

    private SiteCrawler(IPlaywright playwright, BrowserInfo browserInfo, CrawlOptions options, IBrowser browser, GuardedConnector connector, IReadOnlyList<string> extraArgs)
    {
        _playwright = playwright;
        _browserInfo = browserInfo;
        _options = options;
        _current = new BrowserSlot(browser);
        _connector = connector;
        _extraArgs = extraArgs;
    }

    /// <summary>The Chromium version, to be logged: a system browser comes with no version guarantee.</summary>
    public string BrowserVersion => _current.Browser.Version;

    /// <summary>The browser now in use (tests crash its tabs or kill its process).</summary>
    internal IBrowser CurrentBrowser => _current.Browser;

    public static Task<SiteCrawler> LaunchAsync(BrowserInfo browser, CrawlOptions options, CancellationToken ct) =>
        LaunchAsync(browser, options, GuardedConnector.System, [], ct);

    /// <summary>
    /// The same with another way out to the network (tests: names that resolve to addresses of their choosing) and
    /// more Chromium switches (tests: <c>--host-resolver-rules</c>, to show that Chromium's own resolver is never used).
    /// </summary>
    internal static async Task<SiteCrawler> LaunchAsync(BrowserInfo browser, CrawlOptions options, GuardedConnector connector, IReadOnlyList<string> extraArgs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(options);
        var playwright = await Playwright.CreateAsync().WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var launched = await LaunchBrowserAsync(playwright, browser, extraArgs, ct).ConfigureAwait(false);
            return new SiteCrawler(playwright, browser, options, launched, connector, extraArgs);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    private static Task<IBrowser> LaunchBrowserAsync(IPlaywright playwright, BrowserInfo browser, IReadOnlyList<string> extraArgs, CancellationToken ct) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browser.ExecutablePath,
            Headless = true,
            Args = [.. LaunchArgs, .. extraArgs],
            Timeout = 60_000,
        }).WaitAsync(ct);

    public Task<CrawlResult> CrawlAsync(string targetUrl, CancellationToken ct) => CrawlAsync(targetUrl, _options, ct);

    /// <summary>The same with other options for this one site (the browser stays the same).</summary>
    public async Task<CrawlResult> CrawlAsync(string targetUrl, CrawlOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targetUrl);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        ct.ThrowIfCancellationRequested();
        if (!Uri.TryCreate(targetUrl, UriKind.Absolute, out var target))
        {
            return Failed(targetUrl, SiteStatus.Blocked, $"{targetUrl} is not an absolute web address");
        }

        // What can be told without DNS is refused before any browser work; names are judged by the proxy, on the address it connects to.
        if (NetworkGuard.CheckTarget(target, options.AllowPrivateNetwork) is { } refusal)
        {
            return Failed(targetUrl, SiteStatus.Blocked, refusal);
        }

        await using var egress = EgressProxy.Start(_connector, options.AllowPrivateNetwork, options.PageTimeout);
        BrowserSlot slot;
        IBrowserContext context;
        try
        {
            (slot, context) = await OpenContextAsync(options, egress.Address, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return Failed(targetUrl, SiteStatus.BrowserError, $"the browser could not open a new context: {e.Message.Split('\n')[0]}");
        }

        // The watchdog: Playwright has no protocol-level timeout, so the whole site gets a budget of its own.
        using var site = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var crawlBudget = SiteBudget(options) - options.DetectionReserve;
        site.CancelAfter(crawlBudget);
        var siteStarted = TimeProvider.System.GetTimestamp();
        var visit = new SiteVisit(context, options, target, _hosts, egress, _connector, site.Token)
        {
            Remaining = () => crawlBudget - TimeProvider.System.GetElapsedTime(siteStarted),
        };
        var healthy = true;
        LoadFailure? failure;
        try
        {
            await visit.PrepareAsync().ConfigureAwait(false);
            failure = await visit.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A slow site is not a sick browser: it is replaced only when it died or the context will not close.
            healthy = slot.Browser.IsConnected;
            var budget = SiteBudget(options).TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            failure = new LoadFailure(SiteStatus.Timeout, visit.HomeLoaded
                ? $"the site took longer than its budget of {budget} s; scored on the {visit.Pages.Count.ToString(CultureInfo.InvariantCulture)} page(s) read by then (timeout)"
                : $"the site did not finish loading within {budget} s (timeout)");
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            healthy = _current.Browser.IsConnected;
            failure = visit.HomeLoaded ? null : LoadFailure.From(e, target, options.PageTimeout, downloadStarted: false);
        }
        finally
        {
            healthy &= await CloseQuietlyAsync(context).ConfigureAwait(false);
            await ReleaseAsync(slot, healthy).ConfigureAwait(false);
        }

        ct.ThrowIfCancellationRequested();
        if (!slot.Browser.IsConnected && (failure is null || failure.Status != SiteStatus.BrowserError))
        {
            // The browser died under this site (crashed or killed): whatever was read is kept, the site is retried.
            failure = new LoadFailure(SiteStatus.BrowserError, $"the browser died while {target.AbsoluteUri} was being crawled; it was restarted");
        }

        if (failure?.Status == SiteStatus.Tls)
        {
            failure = await CertificateCheck.ExplainAsync(failure, target, options, _connector, ct).ConfigureAwait(false);
        }

        var snapshot = new SiteSnapshot(targetUrl, visit.FinalUrl, [.. visit.Pages], visit.Facts)
        {
            Accessibility = visit.Accessibility,
            Measurements = visit.HomeLoaded ? visit.Measurements : null,
        };
        List<string> said = [.. visit.Notes, .. RefusalNotes(egress.Refusals)];
        var notes = said.Count > 0 ? string.Join("; ", said.Distinct()) : null;
        return new CrawlResult(snapshot, failure?.Status ?? SiteStatus.Ok, failure?.Error ?? notes);
    }

    /// <summary>Every page may use its whole timeout, plus room for the http probe and the settles.</summary>
    internal static TimeSpan SiteBudget(CrawlOptions options) =>
        options.SiteTimeout ?? options.PageTimeout * (Math.Max(1, options.MaxPages) + 2) + TimeSpan.FromSeconds(30);

    /// <summary>Connections the guard refused while the site was read (inner pages, frames, scripts): worth saying, never a failure.</summary>
    private static IEnumerable<string> RefusalNotes(IReadOnlyList<EgressFailure> refusals)
    {
        const int Shown = 5;
        foreach (var refusal in refusals.Take(Shown))
        {
            yield return $"blocked: {refusal.Sentence}";
        }

        if (refusals.Count > Shown)
        {
            yield return $"blocked: {(refusals.Count - Shown).ToString(CultureInfo.InvariantCulture)} more host(s)";
        }
    }

    private static CrawlResult Failed(string targetUrl, SiteStatus status, string error) =>
        new(new SiteSnapshot(targetUrl, null, [], SiteFacts.Empty), status, error);

    private async Task<(BrowserSlot Slot, IBrowserContext Context)> OpenContextAsync(CrawlOptions options, Uri proxy, CancellationToken ct)
    {
        BrowserSlot slot;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_current.Broken || _current.Uses >= SitesPerBrowser || !_current.Browser.IsConnected)
            {
                var old = _current;
                _current = new BrowserSlot(await LaunchBrowserAsync(_playwright, _browserInfo, _extraArgs, ct).ConfigureAwait(false));
                old.Retired = true;
                if (old.Active == 0)
                {
                    _ = CloseQuietlyAsync(old.Browser);
                }
            }

            slot = _current;
            slot.Uses++;
            slot.Active++;
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            var context = await slot.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                UserAgent = options.UserAgent,
                AcceptDownloads = false,
                // Sites with bad certificates are still read (CertificateCheck reports the problem) unless --strict-tls.
                IgnoreHTTPSErrors = !options.StrictTls,
                // Everything goes through the guard, loopback included: "<-loopback>" removes Chromium's implicit bypass of
                // localhost and 127.0.0.1 (said here rather than left to Playwright, which an environment variable can stop).
                Proxy = new Proxy { Server = proxy.AbsoluteUri.TrimEnd('/'), Bypass = "<-loopback>" },
            }).WaitAsync(ct).ConfigureAwait(false);
            return (slot, context);
        }
        catch
        {
            await ReleaseAsync(slot, healthy: false).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ReleaseAsync(BrowserSlot slot, bool healthy)
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            slot.Active--;
            slot.Broken |= !healthy;
            if (slot.Retired && slot.Active == 0)
            {
                _ = CloseQuietlyAsync(slot.Browser);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>False when closing failed or hung: the browser is then suspect and is replaced.</summary>
    private static async Task<bool> CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(CloseBudget).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync().WaitAsync(CloseBudget).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await CloseQuietlyAsync(_current.Browser).ConfigureAwait(false);
        _playwright.Dispose();
        _gate.Dispose();
    }

    private sealed class BrowserSlot(IBrowser browser)
    {
        public IBrowser Browser { get; } = browser;

        public int Uses { get; set; }

        public int Active { get; set; }

        public bool Retired { get; set; }

        public bool Broken { get; set; }
    }
}
