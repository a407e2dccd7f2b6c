namespace GovSiteAudit.Results;

/// <summary>A page the crawler read: where, with what HTTP status, how many clicks from home, its title.</summary>
public sealed record PageVisit(string Url, int Status, int Depth, string Title);
