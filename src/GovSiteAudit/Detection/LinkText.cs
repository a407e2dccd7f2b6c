namespace GovSiteAudit.Detection;

/// <summary>A text a link shows or announces, with where it came from (for evidence).</summary>
internal sealed record LinkText(string Shown, string Normalized, string Source);
