namespace GovSiteAudit.Reporting;

/// <summary>A finished run as read back from its CSV files, whatever produced it (audit or rescore).</summary>
public sealed record RunData(string Directory, IReadOnlyList<string> DimensionIds, IReadOnlyList<ScoreRow> Sites, IReadOnlyList<IndicatorRow> Indicators);
