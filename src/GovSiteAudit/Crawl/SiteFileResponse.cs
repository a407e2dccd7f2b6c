namespace GovSiteAudit.Crawl;

/// <summary>A file of a site fetched outside the browser (robots.txt, a sitemap): status, content type and the body read, at most the cap.</summary>
internal sealed record SiteFileResponse(int Status, string? ContentType, byte[] Body, bool Truncated);
