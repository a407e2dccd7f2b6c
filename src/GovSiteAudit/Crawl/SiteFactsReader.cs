using System.Text.Json;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The facts about a site rather than a page, gathered once its home page is read: the redirect chain, cookies,
/// local storage, TLS and whether plain http leads to https.
/// </summary>
internal sealed class SiteFactsReader
{
    private static readonly TimeSpan ProbeBudget = TimeSpan.FromSeconds(15);

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
    private readonly SiteTabs _tabs;
    private readonly CrawlOptions _options;
    private readonly Uri _target;
    private readonly EgressProxy _egress;
    private readonly GuardedConnector _connector;
    private readonly CancellationToken _token;

    public SiteFactsReader(IBrowserContext context, SiteTabs tabs, CrawlOptions options, Uri target, EgressProxy egress, GuardedConnector connector, CancellationToken token)
    {
        _context = context;
        _tabs = tabs;
        _options = options;
        _target = target;
        _egress = egress;
        _connector = connector;
        _token = token;
    }

    /// <summary>
    /// The site's facts as the home page left them (redirect chain, cookies, local storage), and a task that adds the
    /// ones read over the network — our own TLS handshake and the http probe, a page load of its own — which runs while
    /// the inner pages are crawled rather than before them. <paramref name="clientRedirectHops"/> are the hops of meta
    /// refresh and script redirects followed before the home page.
    /// </summary>
    public async Task<(SiteFacts Facts, Task<SiteFacts> Complete)> GatherAsync(IPage page, IResponse response, Uri finalUri, IReadOnlyList<RedirectHop> clientRedirectHops)
    {
        IReadOnlyList<RedirectHop> chain = [.. clientRedirectHops, .. await RedirectChainAsync(response).ConfigureAwait(false)];
        var cookies = (await _context.CookiesAsync().WaitAsync(_token).ConfigureAwait(false))
            .Select(c => new CookieFact(c.Name, c.Domain, c.Path, c.Expires, IsFirstParty(c.Domain, finalUri.IdnHost)))
            .ToList();
        var storage = await LocalStorageAsync(page).ConfigureAwait(false);
        var facts = new SiteFacts(chain, null, null, cookies, storage);
        // Read before the page moves on: the response's security details belong to the home page's document.
        var details = finalUri.Scheme == Uri.UriSchemeHttps ? await SecurityDetailsAsync(response).ConfigureAwait(false) : null;
        return (facts, CompleteAsync(facts, details, finalUri));
    }

    private async Task<SiteFacts> CompleteAsync(SiteFacts facts, ResponseSecurityDetailsResult? details, Uri finalUri)
    {
        var tls = Task.FromResult<TlsFacts?>(null);
        if (finalUri.Scheme == Uri.UriSchemeHttps)
        {
            tls = TlsAsync(details, finalUri);
        }

        var probe = HttpProbeAsync(facts.RedirectChain, finalUri);
        return facts with { Tls = await tls.ConfigureAwait(false), HttpProbe = await probe.ConfigureAwait(false) };
    }

    /// <summary>The server redirects that led to <paramref name="response"/>, first hop first.</summary>
    public async Task<IReadOnlyList<RedirectHop>> RedirectChainAsync(IResponse response)
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

    internal static bool IsFirstParty(string cookieDomain, string host) => HostName.IsFirstParty(cookieDomain, host);

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

    private async Task<ResponseSecurityDetailsResult?> SecurityDetailsAsync(IResponse response)
    {
        try
        {
            return await response.SecurityDetailsAsync().WaitAsync(_token).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // Facts from our own handshake still stand.
            return null;
        }
    }

    private async Task<TlsFacts?> TlsAsync(ResponseSecurityDetailsResult? details, Uri finalUri)
    {
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
        var page = await _tabs.NewPageAsync().ConfigureAwait(false);
        try
        {
            var budget = _options.PageTimeout < ProbeBudget ? _options.PageTimeout : ProbeBudget;
            await _tabs.LoadAsync(page, new Uri(probed), WaitUntilState.DOMContentLoaded, (float)budget.TotalMilliseconds).ConfigureAwait(false);
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
            await SiteTabs.CloseQuietlyAsync(page).ConfigureAwait(false);
        }
    }
}
