namespace GovSiteAudit.Scoring;

public sealed record DimensionScore(string DimensionId, double Score, double EarnedWeight, double TotalWeight);
