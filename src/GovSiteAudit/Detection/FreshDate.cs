namespace GovSiteAudit.Detection;

/// <summary>The newest date a citizen can see on a site, where it was found and as it was written.</summary>
/// <param name="Date">The date (a day; times of day are dropped).</param>
/// <param name="PageUrl">The page it is on.</param>
/// <param name="Source">How it was found: <c>text</c>, <c>time</c> (a <c>&lt;time datetime&gt;</c>) or <c>meta</c> (<c>article:modified_time</c> …).</param>
/// <param name="Text">The line or attribute it was read from, shortened.</param>
public sealed record FreshDate(DateOnly Date, string PageUrl, string Source, string Text);
