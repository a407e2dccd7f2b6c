namespace GovSiteAudit.Rubrics;

/// <summary>Whether a metric is a number (compared with max/min/equals) or a yes/no (compared with equals).</summary>
public enum MetricType
{
    Number,
    Boolean,
}

/// <summary>One measurement a <c>metric</c> rule can score: its name, type, unit and meaning.</summary>
public sealed record MetricDefinition(string Name, MetricType Type, string Unit, string Meaning);

/// <summary>
/// The measurements a rubric can score (issue 13). Their values come from the crawl's measurements kept in the
/// snapshot and from the pages themselves (freshness); see <c>Detection.SiteMetrics</c>.
/// </summary>
public static class MetricCatalog
{
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new("ttfb_ms", MetricType.Number, "ms", "time to the first byte of the home page"),
        new("dom_content_loaded_ms", MetricType.Number, "ms", "time until the home page's DOMContentLoaded"),
        new("load_ms", MetricType.Number, "ms", "time until the home page's load event, its images, fonts and scripts loaded"),
        new("lcp_ms", MetricType.Number, "ms", "the home page's Largest Contentful Paint"),
        new("page_bytes", MetricType.Number, "bytes", "bytes transferred for the home page and its resources"),
        new("requests", MetricType.Number, "requests", "requests the home page made"),
        new("links_checked", MetricType.Number, "links", "same-site links whose answer is known"),
        new("broken_links", MetricType.Number, "links", "same-site links that failed (4xx, 5xx, DNS or connection failure)"),
        new("broken_link_ratio", MetricType.Number, "", "broken links over links checked (0–1)"),
        new("days_since_update", MetricType.Number, "days", "days from the newest date shown on the home and news pages to the audit"),
        new("search_works", MetricType.Boolean, "", "a query sent through the site's search form gave a results page with results"),
        new("mobile_overflow", MetricType.Boolean, "", "the home page is wider than a 360 px phone screen"),
        new("mobile_text_px", MetricType.Number, "px", "the size of most of the home page's text on a 360 px phone screen"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(m => m.Name).ToList();

    public static MetricDefinition? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
