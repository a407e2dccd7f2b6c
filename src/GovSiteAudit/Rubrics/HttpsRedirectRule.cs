namespace GovSiteAudit.Rubrics;

/// <summary><c>http://</c> of the site's host ends on <c>https://</c>.</summary>
public sealed record HttpsRedirectRule : Rule;
