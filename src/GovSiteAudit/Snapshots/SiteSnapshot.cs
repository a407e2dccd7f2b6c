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
