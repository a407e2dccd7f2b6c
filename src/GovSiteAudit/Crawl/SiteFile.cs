using System.Net;
using System.Net.Http.Headers;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Fetches a site's own files that are read outside the browser (robots.txt, sitemaps) the one way: through the
/// network guard (every connection, redirects included, only to an allowed address), with the crawl's user agent,
/// no environment proxy, no cookies, a time budget and a cap on the bytes read (decompressed bytes, when the server
/// compresses: a compression bomb stops at the cap).
/// </summary>
internal static class SiteFile
{
    /// <summary>The longest one file may take, when the page timeout is longer.</summary>
    public static readonly TimeSpan FetchBudget = TimeSpan.FromSeconds(15);

    /// <summary>
    /// GET <paramref name="url"/>; the body is read only for 2xx answers. Throws <see cref="OperationCanceledException"/>
    /// when the budget runs out (with <paramref name="ct"/> not cancelled), <see cref="HttpRequestException"/> or
    /// <see cref="IOException"/> when the connection fails or is refused by the guard.
    /// </summary>
    public static async Task<SiteFileResponse> GetAsync(Uri url, CrawlOptions options, GuardedConnector connector, int maxBytes, string accept, CancellationToken ct)
    {
        var budget = options.PageTimeout < FetchBudget ? options.PageTimeout : FetchBudget;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(budget);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.Zero,
            UseCookies = false,
            // A proxy from the environment (HTTP_PROXY) would resolve names and connect past the guard.
            UseProxy = false,
            // Sites with bad certificates are crawled too (the browser ignores the error), so their files still count;
            // with --strict-tls the browser refuses them, and so do these fetches (no request reaches such a site).
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, errors) => !options.StrictTls || errors == System.Net.Security.SslPolicyErrors.None },
            ConnectCallback = connector.ConnectCallback(options.AllowPrivateNetwork, budget),
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var type = response.Content.Headers.ContentType?.MediaType;
        if (status is < 200 or >= 300)
        {
            return new SiteFileResponse(status, type, [], Truncated: false);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cts.Token).ConfigureAwait(false);
        var (bytes, truncated) = await ReadCappedAsync(body, maxBytes, cts.Token).ConfigureAwait(false);
        return new SiteFileResponse(status, type, bytes, truncated);
    }

    /// <summary>At most <paramref name="maxBytes"/> of a stream; <c>Truncated</c> when more was there.</summary>
    public static async Task<(byte[] Bytes, bool Truncated)> ReadCappedAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        var buffer = new byte[Math.Min(maxBytes, 64 * 1024)];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (buffer.Length >= maxBytes)
                {
                    // Full: one more byte says whether anything was cut off.
                    var probe = new byte[1];
                    return (buffer, await stream.ReadAsync(probe, ct).ConfigureAwait(false) > 0);
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes, buffer.Length * 2L));
            }

            var n = await stream.ReadAsync(buffer.AsMemory(read), ct).ConfigureAwait(false);
            if (n == 0)
            {
                return (buffer[..read], false);
            }

            read += n;
        }
    }
}
