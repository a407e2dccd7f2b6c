namespace GovSiteAudit.Snapshots;

/// <summary>The result of loading <c>http://host/</c>: where it ended and whether that was https.</summary>
public sealed record HttpProbe(string ProbedUrl, string? FinalUrl, bool RedirectsToHttps, string? Error);
