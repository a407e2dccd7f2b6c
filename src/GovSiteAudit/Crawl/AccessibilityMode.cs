namespace GovSiteAudit.Crawl;

/// <summary>Which pages of a site axe-core tests (<c>--accessibility</c>).</summary>
public enum AccessibilityMode
{
    /// <summary>No page is tested.</summary>
    Off,
    /// <summary>The home page only.</summary>
    Home,
    /// <summary>A WCAG-EM-like structured sample of the pages the crawl renders anyway, up to <see cref="AccessibilityOptions.Pages"/>.</summary>
    Sample,
}
