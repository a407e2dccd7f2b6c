using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>A run directory's scores.csv row: status and scores (null = not scored).</summary>
public sealed record ScoreRow(string Url, SiteStatus Status, IReadOnlyDictionary<string, double?> Dimensions, double? Total);
