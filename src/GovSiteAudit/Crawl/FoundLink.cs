namespace GovSiteAudit.Crawl;

/// <summary>A link as found in a rendered page: absolute URL and its visible text (or title/alt).</summary>
internal sealed record FoundLink(string Url, string Text);
