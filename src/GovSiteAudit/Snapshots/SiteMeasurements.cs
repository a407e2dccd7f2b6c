namespace GovSiteAudit.Snapshots;

/// <summary>
/// What the crawl measured of a site beyond its pages (issue 13): the home page's speed and its fit on a phone, the
/// same-site links checked and the one search probe. Kept in the snapshot, so detection (the <c>metric</c> rule kind)
/// and the reports read it without a browser and <c>rescore</c> re-evaluates it offline. Freshness is not here: it is
/// read from the pages themselves (see <c>Detection.Freshness</c>). Each part is null when it was not measured.
/// </summary>
public sealed record SiteMeasurements
{
    public HomeTimings? Speed { get; init; }

    public MobileFit? Mobile { get; init; }

    public LinkCheck? Links { get; init; }

    public SearchProbe? Search { get; init; }

    /// <summary>Why a measure could not be taken (a page that hung, a tab that died), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
