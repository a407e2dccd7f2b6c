namespace GovSiteAudit.Research;

public sealed record IndicatorAgreement(string Dimension, string Indicator, Confusion Counts);
