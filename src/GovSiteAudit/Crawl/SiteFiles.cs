namespace GovSiteAudit.Crawl;

/// <summary>The files read beside a site's pages: its robots.txt (null when not read) and the pages its sitemaps list.</summary>
internal sealed record SiteFiles(RobotsTxt? Robots, IReadOnlyList<string> SitemapPages)
{
    public static SiteFiles None { get; } = new(null, []);
}
