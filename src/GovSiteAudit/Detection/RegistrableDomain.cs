using System.Globalization;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>
/// The part of a host name a site registers ("taichung.gov.tw", "usa.gov", "example.co.uk"), approximated
/// without a public-suffix list: the last two labels, or three when the second-last looks like a
/// public second level (two letters, or gov/com/org/edu/net/…).
/// </summary>
internal static class RegistrableDomain
{
    private static readonly HashSet<string> SecondLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "gov", "com", "org", "edu", "net", "mil", "idv", "nic", "int", "ac", "co", "go", "or", "ne", "gob", "gouv",
    };

    public static string Of(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        if (Uri.CheckHostName(host) is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return host;
        }

        string[] labels = host.Split('.');
        if (labels.Length <= 2)
        {
            return host;
        }

        string secondLast = labels[^2];
        int keep = secondLast.Length == 2 || SecondLevels.Contains(secondLast) ? 3 : 2;
        return string.Join('.', labels[^Math.Min(keep, labels.Length)..]);
    }

    /// <summary><paramref name="host"/> is the site's registrable domain or a subdomain of it.</summary>
    public static bool IsSameSite(string host, string siteHost)
    {
        string registrable = Of(siteHost);
        host = host.TrimEnd('.').ToLowerInvariant();
        return host == registrable || host.EndsWith("." + registrable, StringComparison.Ordinal);
    }
}
