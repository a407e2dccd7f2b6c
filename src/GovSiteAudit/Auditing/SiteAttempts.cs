using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>
/// The attempts made for one target: a transient failure (timeout, reset, 5xx, a browser that died) is retried
/// once after a short pause; a permanent one (DNS, TLS, 4xx, refusals) never. A target written without a scheme
/// is tried on https first and, when that fails at the connection (not DNS), on http.
/// </summary>
internal static class SiteAttempts
{
    /// <summary>Failures after which a target without a scheme is tried again on plain http.</summary>
    private static readonly HashSet<SiteStatus> HttpFallbackStatuses =
    [
        SiteStatus.ConnectionRefused, SiteStatus.ConnectionReset, SiteStatus.Tls, SiteStatus.Timeout, SiteStatus.InvalidResponse,
    ];

    public static async Task<CrawlResult> CrawlAsync(ISiteCrawler crawler, AuditTarget target, TimeSpan backoff, TimeProvider time, CancellationToken ct)
    {
        const string https = "https://";
        if (!target.SchemeAssumed || !target.Url.StartsWith(https, StringComparison.Ordinal))
        {
            return await WithRetryAsync(crawler, target.Url, backoff, time, ct).ConfigureAwait(false);
        }

        var secure = await crawler.CrawlAsync(target.Url, ct).ConfigureAwait(false);
        if (!HttpFallbackStatuses.Contains(secure.Status))
        {
            return secure.Status == SiteStatus.Ok ? secure : await RetryIfTransientAsync(crawler, target.Url, secure, backoff, time, ct).ConfigureAwait(false);
        }

        var plain = await WithRetryAsync(crawler, "http://" + target.Url[https.Length..], backoff, time, ct).ConfigureAwait(false);
        return plain.Status == SiteStatus.Ok
            ? plain with { Error = Join($"no scheme was given and https failed ({secure.Status}); http was used", plain.Error) }
            : plain with { Error = $"https: {secure.Error}; http: {plain.Error}" };
    }

    private static async Task<CrawlResult> WithRetryAsync(ISiteCrawler crawler, string url, TimeSpan backoff, TimeProvider time, CancellationToken ct)
    {
        var first = await crawler.CrawlAsync(url, ct).ConfigureAwait(false);
        return first.Status == SiteStatus.Ok ? first : await RetryIfTransientAsync(crawler, url, first, backoff, time, ct).ConfigureAwait(false);
    }

    private static async Task<CrawlResult> RetryIfTransientAsync(
        ISiteCrawler crawler, string url, CrawlResult first, TimeSpan backoff, TimeProvider time, CancellationToken ct)
    {
        if (!first.Status.IsTransient)
        {
            return first with { Error = $"{first.Error} (permanent; not retried)" };
        }

        await Task.Delay(backoff, time, ct).ConfigureAwait(false);
        var second = await crawler.CrawlAsync(url, ct).ConfigureAwait(false);
        if (second.Status == SiteStatus.Ok)
        {
            return second with { Error = Join($"recovered when retried once after {first.Status}: {first.Error}", second.Error) };
        }

        return second with
        {
            Error = second.Status.IsTransient
                ? $"{second.Error} (transient; retried once)"
                : $"{second.Error} (permanent; retried once after {first.Status})",
        };
    }

    private static string Join(string note, string? other) => string.IsNullOrEmpty(other) ? note : $"{note}; {other}";
}
