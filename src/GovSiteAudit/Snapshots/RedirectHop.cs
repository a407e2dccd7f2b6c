namespace GovSiteAudit.Snapshots;

/// <summary>One hop of the home page's redirect chain, in order, ending with the final response.</summary>
public sealed record RedirectHop(string Url, int Status);
