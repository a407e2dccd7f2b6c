namespace GovSiteAudit.Reporting;

/// <summary>A run directory's scores.csv row: status and scores (null = not scored).</summary>
public sealed record ScoreRow(string Url, string Status, IReadOnlyDictionary<string, double?> Dimensions, double? Total);
