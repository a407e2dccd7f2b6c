namespace GovSiteAudit.Snapshots;

/// <summary>
/// Everything the crawler saw of one site. Detection and scoring read only this, so they run without a
/// browser and can re-score a saved snapshot. Serialisable with System.Text.Json.
/// </summary>
public sealed record SiteSnapshot(
    string TargetUrl,
    string? FinalUrl,
    IReadOnlyList<PageSnapshot> Pages,
    SiteFacts Facts)
{
    /// <summary>The home page (first page visited), if it loaded.</summary>
    public PageSnapshot? Home => Pages.Count > 0 ? Pages[0] : null;

    /// <summary>axe-core's results on the pages tested; null when accessibility was not measured.</summary>
    public SiteAccessibility? Accessibility { get; init; }

    /// <summary>Speed, phone fit, links checked and the search probe (issue 13); null when nothing was measured.</summary>
    public SiteMeasurements? Measurements { get; init; }
}

/// <summary>One rendered page: HTML after scripts ran, plus the same-site frames inside it.</summary>
public sealed record PageSnapshot(
    string Url,
    int Status,
    string? ContentType,
    string Title,
    string Html,
    IReadOnlyDictionary<string, string> Headers,
    int Depth,
    IReadOnlyList<FrameSnapshot> Frames,
    IReadOnlyList<string> Requests);

public sealed record FrameSnapshot(string Url, string Html);

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

/// <summary>One hop of the home page's redirect chain, in order, ending with the final response.</summary>
public sealed record RedirectHop(string Url, int Status);

/// <summary>The result of loading <c>http://host/</c>: where it ended and whether that was https.</summary>
public sealed record HttpProbe(string ProbedUrl, string? FinalUrl, bool RedirectsToHttps, string? Error);

public sealed record TlsFacts(
    string? Protocol,
    string? Issuer,
    string? SubjectName,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    bool? Valid,
    string? Error);

/// <summary>A cookie present after the home page loaded. <c>Expires</c> is Unix seconds, or -1 for a session cookie.</summary>
public sealed record CookieFact(string Name, string Domain, string Path, double Expires, bool FirstParty)
{
    public bool Persistent => Expires > 0;
}

public sealed record StorageEntry(string Origin, string Key, int ValueLength);
