namespace GovSiteAudit.Targets;

/// <summary>
/// Host-name rules shared by the crawler and detection, one implementation each: the host without <c>www.</c>, the
/// registrable domain, and first party (documented in rubrics/README.md under <c>storage</c>).
/// </summary>
public static class HostName
{
    private static readonly HashSet<string> SecondLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "gov", "com", "org", "edu", "net", "mil", "idv", "nic", "int", "ac", "co", "go", "or", "ne", "gob", "gouv",
    };

    /// <summary>"www.a.gov.tw" → "a.gov.tw": the two name one site (the crawler's same-site test, the home page's redirects).</summary>
    public static string WithoutWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>
    /// The part of a host name a site registers ("taichung.gov.tw", "usa.gov", "example.co.uk"), approximated
    /// without a public-suffix list: the last two labels, or three when the second-last looks like a
    /// public second level (two letters, or gov/com/org/edu/net/…). An IP address is its own.
    /// </summary>
    public static string RegistrableDomain(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        if (Uri.CheckHostName(host) is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return host;
        }

        var labels = host.Split('.');
        if (labels.Length <= 2)
        {
            return host;
        }

        var secondLast = labels[^2];
        var keep = secondLast.Length == 2 || SecondLevels.Contains(secondLast) ? 3 : 2;
        return string.Join('.', labels[^Math.Min(keep, labels.Length)..]);
    }

    /// <summary>
    /// The one first-party rule, for cookies (by their domain) and storage (by its origin's host): <paramref name="host"/>
    /// is the site's registrable domain or a subdomain of it. A leading dot (a cookie's domain) is ignored.
    /// </summary>
    public static bool IsFirstParty(string host, string siteHost)
    {
        var registrable = RegistrableDomain(siteHost);
        host = host.TrimStart('.').TrimEnd('.').ToLowerInvariant();
        return IsWithin(host, registrable);
    }

    /// <summary><paramref name="host"/> is <paramref name="domain"/> or one of its subdomains (both lower case).</summary>
    public static bool IsWithin(string host, string domain) =>
        host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
}
