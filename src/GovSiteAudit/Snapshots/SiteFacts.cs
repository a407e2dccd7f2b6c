namespace GovSiteAudit.Snapshots;

/// <summary>Facts about the site as a whole, gathered around the home page load.</summary>
public sealed record SiteFacts(
    IReadOnlyList<RedirectHop> RedirectChain,
    HttpProbe? HttpProbe,
    TlsFacts? Tls,
    IReadOnlyList<CookieFact> Cookies,
    IReadOnlyList<StorageEntry> LocalStorage)
{
    public static SiteFacts Empty { get; } = new([], null, null, [], []);
}
