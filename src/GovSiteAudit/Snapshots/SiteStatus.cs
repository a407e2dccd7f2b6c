namespace GovSiteAudit.Snapshots;

/// <summary>
/// Values of the <c>status</c> column: <c>ok</c> or a short error kind. Each kind is transient (worth one more try:
/// timeouts, resets, 5xx, a browser that died) or permanent (DNS, TLS, 4xx, refusals), see <see cref="IsTransient"/>.
/// </summary>
public static class SiteStatus
{
    public const string Ok = "ok";
    public const string Dns = "dns";
    public const string ConnectionRefused = "connection_refused";
    public const string ConnectionReset = "connection_reset";
    public const string Timeout = "timeout";
    public const string Tls = "tls";
    /// <summary>The home page answered HTTP 4xx.</summary>
    public const string HttpError = "http_error";

    /// <summary>The home page answered HTTP 5xx.</summary>
    public const string ServerError = "server_error";

    /// <summary>The server's answer was not HTTP at all (garbage bytes, a broken status line).</summary>
    public const string InvalidResponse = "invalid_response";

    public const string NotHtml = "not_html";
    public const string TooManyRedirects = "too_many_redirects";
    public const string Blocked = "blocked";
    public const string BrowserError = "browser_error";
    public const string NetworkError = "network_error";

    /// <summary>Every status value, for documentation and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Ok, Dns, ConnectionRefused, ConnectionReset, Timeout, Tls, HttpError, ServerError, InvalidResponse, NotHtml,
        TooManyRedirects, Blocked, BrowserError, NetworkError,
    ];

    /// <summary>
    /// True for failures that may go away on their own a moment later and are retried once; false for <c>ok</c>
    /// and for permanent failures (a name that does not resolve, a bad certificate, a 4xx, a refusal).
    /// </summary>
    public static bool IsTransient(string status) =>
        status is Timeout or ConnectionReset or ServerError or BrowserError or NetworkError;

    /// <summary>"transient" or "permanent" (null for ok), as said in the <c>error</c> column.</summary>
    public static string? Kind(string status) => status == Ok ? null : IsTransient(status) ? "transient" : "permanent";
}
