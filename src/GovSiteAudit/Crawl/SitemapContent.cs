namespace GovSiteAudit.Crawl;

/// <summary>What one sitemap file lists: pages (<c>urlset</c>, or a plain-text sitemap) or further sitemaps (<c>sitemapindex</c>).</summary>
internal sealed record SitemapContent(IReadOnlyList<string> Pages, IReadOnlyList<string> Sitemaps)
{
    public static SitemapContent Empty { get; } = new([], []);
}
