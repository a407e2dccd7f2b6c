namespace GovSiteAudit.Auditing;

public sealed record MergeSummary(int Sites, int Inputs, IReadOnlyList<string> Warnings);
