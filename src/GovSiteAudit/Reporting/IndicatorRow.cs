namespace GovSiteAudit.Reporting;

/// <summary>An indicators.csv row.</summary>
public sealed record IndicatorRow(string Url, string Dimension, string Indicator, bool Found);
