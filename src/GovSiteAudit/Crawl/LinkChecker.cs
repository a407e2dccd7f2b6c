using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Checks the same-site links found on the pages read, with a light request each: HEAD, then GET when HEAD is refused
/// (400, 403, 405, 501 …), redirects followed hop by hop. Every connection goes through the network guard
/// (<see cref="GuardedConnector"/>), every request waits for its host's turn and <c>--delay</c> (<see cref="HostGate"/>),
/// and links robots.txt disallows are not asked for (a note counts them). A link to a page the crawl itself read is known without asking.
/// Certificates are judged as the page loads judge them: accepted by default (the site's certificate problem is reported
/// apart), refused under <c>--strict-tls</c>, where a link whose certificate a browser would reject is broken (<c>tls: …</c>).
/// The whole check has a budget; a site that stops answering ends the check with a note, never a stalled site.
/// </summary>
internal sealed class LinkChecker
{
    /// <summary>Redirects followed per link.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Links in a row that got no answer at all (timeouts, refused connections) before the check gives up on the site.</summary>
    public const int SilentLimit = 3;

    private static readonly TimeSpan LinkTimeoutCap = TimeSpan.FromSeconds(10);
    private static readonly HashSet<int> HeadRefused = [400, 403, 405, 406, 501];

    private readonly CrawlOptions _options;
    private readonly GuardedConnector _connector;
    private readonly HostGate _hosts;
    private readonly Func<Uri, Task<RobotsTxt?>> _robotsFor;
    // Why a certificate was refused (--strict-tls), by host: the handshake's callback knows, the exception does not.
    private readonly ConcurrentDictionary<string, string> _refusedCertificates = new(StringComparer.Ordinal);

    /// <param name="robotsFor">robots.txt of a link's origin, or null when robots.txt is ignored.</param>
    public LinkChecker(CrawlOptions options, GuardedConnector connector, HostGate hosts, Func<Uri, Task<RobotsTxt?>> robotsFor)
    {
        _options = options;
        _connector = connector;
        _hosts = hosts;
        _robotsFor = robotsFor;
    }

    private TimeSpan LinkTimeout => _options.PageTimeout < LinkTimeoutCap ? _options.PageTimeout : LinkTimeoutCap;

    /// <param name="links">Same-site links in the order found, each with the page it was found on.</param>
    /// <param name="read">Pages the crawl read, by address (fragment removed), with their HTTP status.</param>
    /// <param name="budget">Time the whole check may take.</param>
    public async Task<LinkCheck> CheckAsync(IReadOnlyList<(string PageUrl, FoundLink Link)> links, IReadOnlyDictionary<string, int> read, TimeSpan budget, CancellationToken token)
    {
        var distinct = new List<(Uri Url, string PageUrl, string Text)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pageUrl, link) in links)
        {
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && seen.Add(Key(url)))
            {
                distinct.Add((url, pageUrl, link.Text));
            }
        }

        var limit = _options.Quality.CheckLinks;
        var broken = new List<BrokenLink>();
        var checkedCount = 0;
        var silent = 0;
        var disallowed = 0;
        string? note = null;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
        cts.CancelAfter(budget > TimeSpan.Zero ? budget : TimeSpan.Zero);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            // A proxy from the environment (HTTP_PROXY) would resolve names and connect past the guard.
            UseProxy = false,
            MaxConnectionsPerServer = 1,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(15),
            // Sites with bad certificates are read anyway (their problem is reported apart), and so are their links,
            // unless --strict-tls: then, as for a page load, a certificate a browser would reject breaks the link.
            SslOptions = { RemoteCertificateValidationCallback = AcceptCertificate },
            ConnectCallback = _connector.ConnectCallback(_options.AllowPrivateNetwork, LinkTimeout),
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var index = 0;
        try
        {
            for (; index < distinct.Count && checkedCount < limit; index++)
            {
                var (url, pageUrl, text) = distinct[index];
                if (read.TryGetValue(Key(url), out var readStatus))
                {
                    checkedCount++;
                    if (readStatus >= 400)
                    {
                        broken.Add(new BrokenLink(url.AbsoluteUri, pageUrl, text, readStatus, Http(readStatus)));
                    }

                    continue;
                }

                var robots = await _robotsFor(url).WaitAsync(cts.Token).ConfigureAwait(false);
                if (robots is not null && !robots.IsAllowed(url))
                {
                    if (robots.IsUnreachable)
                    {
                        // The origin did not answer for robots.txt: the link fails the same way, and asking again would
                        // only repeat it. Broken, not skipped; and not counted as silent, as nothing was waited for.
                        checkedCount++;
                        broken.Add(new BrokenLink(url.AbsoluteUri, pageUrl, text, 0, "no answer: " + robots.Source));
                    }
                    else
                    {
                        disallowed++;
                    }

                    continue;
                }

                var (status, error, answered) = await CheckOneAsync(client, url, cts.Token).ConfigureAwait(false);
                checkedCount++;
                if (error is not null)
                {
                    broken.Add(new BrokenLink(url.AbsoluteUri, pageUrl, text, status, error));
                }

                silent = answered ? 0 : silent + 1;
                if (silent >= SilentLimit)
                {
                    index++;
                    note = string.Create(CultureInfo.InvariantCulture,
                        $"link check stopped: {SilentLimit} links in a row got no answer; {Left(distinct.Count, index, limit, checkedCount)} link(s) not checked");
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            note = string.Create(CultureInfo.InvariantCulture,
                $"link check stopped: its time ({budget.TotalSeconds:0} s of the site's budget) ran out; {Left(distinct.Count, index, limit, checkedCount)} link(s) not checked");
        }

        if (disallowed > 0)
        {
            var skipped = string.Create(CultureInfo.InvariantCulture, $"{disallowed} link(s) not checked: robots.txt disallows them");
            note = note is null ? skipped : note + "; " + skipped;
        }

        return new LinkCheck(distinct.Count, checkedCount, broken, note);
    }

    /// <summary>The key a link is known by: its address without the fragment.</summary>
    public static string Key(Uri url) => url.GetLeftPart(UriPartial.Query);

    private static int Left(int total, int index, int limit, int checkedCount) => Math.Max(0, Math.Min(total - index, limit - checkedCount));

    /// <summary>One link: (last status, why it is broken or null, whether the site answered at all).</summary>
    private async Task<(int Status, string? Error, bool Answered)> CheckOneAsync(HttpClient client, Uri url, CancellationToken token)
    {
        var current = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            int status;
            string? location;
            try
            {
                var headFailed = false;
                (status, location) = (0, null);
                try
                {
                    (status, location) = await AskAsync(client, HttpMethod.Head, current, token).ConfigureAwait(false);
                }
                catch (HttpRequestException e) when (EgressException.FindIn(e) is null && e.InnerException is not AuthenticationException)
                {
                    // Some servers drop the connection on HEAD instead of answering 405; GET decides (a refused
                    // certificate or a guard refusal would only repeat).
                    headFailed = true;
                }

                if (headFailed || HeadRefused.Contains(status))
                {
                    (status, location) = await AskAsync(client, HttpMethod.Get, current, token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                return (0, $"no answer within {LinkTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s", false);
            }
            catch (HttpRequestException e) when (EgressException.FindIn(e) is { } failure)
            {
                var answered = failure.Status == SiteStatus.Blocked || failure.Status == SiteStatus.Dns;
                return (0, failure.Status == SiteStatus.Blocked ? $"blocked: {failure.Sentence}" : failure.Sentence, answered);
            }
            catch (HttpRequestException e) when (e.InnerException is AuthenticationException && _refusedCertificates.TryGetValue(HostOf(current), out var problem))
            {
                return (0, "tls: " + problem, true);
            }
            catch (HttpRequestException e)
            {
                return (0, $"request failed: {EgressException.Reason(e)}", false);
            }

            if (status is >= 300 and < 400 && location is not null)
            {
                if (!Uri.TryCreate(current, location, out var next) || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
                {
                    return (status, $"redirects to {location}, not a web address", true);
                }

                current = next;
                continue;
            }

            return status >= 400 ? (status, Http(status), true) : (status, null, true);
        }

        return (0, string.Create(CultureInfo.InvariantCulture, $"more than {MaxRedirects} redirects"), true);
    }

    /// <summary>Every certificate without --strict-tls; with it, only one without problems (the problem is kept for the link's error).</summary>
    private bool AcceptCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (!_options.StrictTls || errors == SslPolicyErrors.None)
        {
            return true;
        }

        // The handler passes the SslStream (or, through other paths, the request): either names the host.
        var host = sender switch
        {
            SslStream { TargetHostName: { Length: > 0 } name } => name.Trim('[', ']'),
            HttpRequestMessage { RequestUri: { } url } => HostOf(url),
            _ => null,
        };
        if (host is not null)
        {
            var flags = X509ChainStatusFlags.NoError;
            foreach (var status in chain?.ChainStatus ?? [])
            {
                flags |= status.Status;
            }

            _refusedCertificates[host] = CertificateProblem.Describe(errors, flags, certificate as X509Certificate2, host, DateTimeOffset.UtcNow);
        }

        return false;
    }

    private static string HostOf(Uri url) => url.IdnHost.Trim('[', ']');

    /// <summary>One request in the host's turn: its status and redirect target; the body is never read.</summary>
    private async Task<(int Status, string? Location)> AskAsync(HttpClient client, HttpMethod method, Uri url, CancellationToken token)
    {
        using var turn = await _hosts.EnterAsync(url, _options.PageDelay, token).ConfigureAwait(false);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
        cts.CancelAfter(LinkTimeout);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
        return ((int)response.StatusCode, response.Headers.Location?.OriginalString);
    }

    private static string Http(int status) => "HTTP " + status.ToString(CultureInfo.InvariantCulture);
}
