namespace GovSiteAudit.Scoring;

/// <summary>0–100 per dimension (found weight over total weight) and the dimension-weighted mean.</summary>
public sealed record SiteScore(IReadOnlyList<DimensionScore> Dimensions, double Total);
