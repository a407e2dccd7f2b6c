namespace GovSiteAudit.Detection;

/// <summary>
/// The verdict on one indicator for one site. <paramref name="Note"/> says why an indicator that is not found could not be
/// determined (a pattern timed out, the site's time ran out, the rule failed on a page); null when the verdict is sound.
/// </summary>
public sealed record Finding(
    string DimensionId,
    string IndicatorId,
    bool Found,
    double Points,
    Evidence? Evidence,
    string? Note = null);
