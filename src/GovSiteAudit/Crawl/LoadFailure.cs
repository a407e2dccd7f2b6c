using System.Globalization;
using System.Text.RegularExpressions;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>A home page that did not load: the <see cref="SiteStatus"/> value and a sentence for people.</summary>
internal sealed record LoadFailure(SiteStatus Status, string Error)
{
    private static readonly Regex NetError = new(@"net::(ERR_[A-Z0-9_]+)", RegexOptions.CultureInvariant);

    /// <summary>Maps a Playwright navigation error (Chromium's <c>net::ERR_*</c> codes) to a status.</summary>
    public static LoadFailure From(Exception error, Uri url, TimeSpan timeout, bool downloadStarted)
    {
        var host = url.IdnHost;
        // Playwright .NET reports its timeouts as System.TimeoutException (it has no public type of its own).
        if (error is TimeoutException)
        {
            return new(SiteStatus.Timeout, $"{What(url)} did not load within {Seconds(timeout)} s (timeout)");
        }

        var message = error.Message;
        if (downloadStarted || message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return NotHtml(url, "a download");
        }

        var code = NetError.Match(message) is { Success: true } m ? m.Groups[1].Value : null;
        return code switch
        {
            "ERR_NAME_NOT_RESOLVED" or "ERR_NAME_RESOLUTION_FAILED" =>
                new(SiteStatus.Dns, $"the name {host} does not resolve (DNS)"),
            "ERR_CONNECTION_REFUSED" =>
                new(SiteStatus.ConnectionRefused, $"{host} refused the connection on port {url.Port.ToString(CultureInfo.InvariantCulture)}"),
            "ERR_CONNECTION_RESET" or "ERR_EMPTY_RESPONSE" or "ERR_CONNECTION_CLOSED" or "ERR_CONNECTION_ABORTED"
                or "ERR_CONTENT_LENGTH_MISMATCH" or "ERR_INCOMPLETE_CHUNKED_ENCODING" =>
                new(SiteStatus.ConnectionReset, $"{host} closed the connection without an answer ({code})"),
            "ERR_TIMED_OUT" or "ERR_CONNECTION_TIMED_OUT" =>
                new(SiteStatus.Timeout, $"{host} did not answer in time ({code})"),
            // A malformed chunk is not a connection cut short: what the server sent is not HTTP, and sending it again will not mend it.
            "ERR_INVALID_CHUNKED_ENCODING" =>
                new(SiteStatus.InvalidResponse, $"{host} sent a malformed chunked body, which is not valid HTTP ({code})"),
            "ERR_INVALID_HTTP_RESPONSE" or "ERR_RESPONSE_HEADERS_TRUNCATED" or "ERR_INVALID_RESPONSE" =>
                new(SiteStatus.InvalidResponse, $"{host} answered with something that is not HTTP ({code})"),
            "ERR_TOO_MANY_REDIRECTS" =>
                new(SiteStatus.TooManyRedirects, $"{What(url)} redirects in a loop (too many redirects)"),
            "ERR_ABORTED" =>
                NotHtml(url, "not a web page"),
            not null when code.StartsWith("ERR_CERT_", StringComparison.Ordinal) || code.StartsWith("ERR_SSL_", StringComparison.Ordinal)
                || code == "ERR_BAD_SSL_CLIENT_AUTH_CERT" =>
                new(SiteStatus.Tls, $"the secure connection (TLS) to {host} failed ({code})"),
            not null =>
                new(SiteStatus.NetworkError, $"{What(url)} failed to load ({code})"),
            _ when message.Contains("has been closed", StringComparison.OrdinalIgnoreCase) =>
                new(SiteStatus.BrowserError, $"the browser closed while loading {What(url)}"),
            _ => new(SiteStatus.NetworkError, $"{What(url)} failed to load: {FirstLine(message)}"),
        };
    }

    public static LoadFailure NotHtml(Uri url, string what) =>
        new(SiteStatus.NotHtml, $"{What(url)} is {what}, not an HTML page");

    public static LoadFailure HttpError(Uri url, int status) =>
        new(status >= 500 ? SiteStatus.ServerError : SiteStatus.HttpError, $"{What(url)} answered HTTP {status.ToString(CultureInfo.InvariantCulture)}");

    private static string What(Uri url) => $"the home page {url.AbsoluteUri}";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    /// <summary>True for content types a browser renders as a document we can read.</summary>
    public static bool IsHtml(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true; // Chromium sniffs untyped documents; most are HTML.
        }

        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsPlaywrightFailure(Exception e) => e is PlaywrightException or TimeoutException;
}
