namespace GovSiteAudit.Rubrics;

/// <summary>The scheme of the home page's final URL (after redirects).</summary>
public sealed record SchemeRule(string Scheme) : Rule;
