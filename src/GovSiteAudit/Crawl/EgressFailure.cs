using System.Globalization;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Why a connection to <see cref="Host"/>:<see cref="Port"/> was not made: the guard refused it (<see cref="SiteStatus.Blocked"/>),
/// the name does not resolve (<see cref="SiteStatus.Dns"/>), or the connection failed (refused, timed out …). The browser
/// only sees its proxy give up, so the crawler reports the status from here.
/// </summary>
internal sealed record EgressFailure(string Host, int Port, SiteStatus Status, string Reason)
{
    /// <summary>
    /// The key under which a host and port are looked up: lower case, no brackets, an address in its canonical form
    /// (the browser writes <c>[::ffff:7f00:1]</c> where .NET writes <c>::ffff:127.0.0.1</c>).
    /// </summary>
    public static string Key(string host, int port) =>
        (NetworkGuard.Literal(host)?.ToString() ?? host.Trim('[', ']').ToLowerInvariant()) + ":" + port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Host and port as written in a URL (<c>[::1]:80</c>).</summary>
    public string Authority => (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The failure in one sentence for people, e.g. "127.0.0.1:8080 is a loopback address".</summary>
    public string Sentence =>
        Status == SiteStatus.Dns ? $"the name {Host} does not resolve (DNS)"
        : Status == SiteStatus.ConnectionRefused ? $"{Host} refused the connection on port {Port.ToString(CultureInfo.InvariantCulture)}"
        : $"{Authority} {Reason}";
}
