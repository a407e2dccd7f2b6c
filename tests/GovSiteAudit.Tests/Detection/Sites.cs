using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Tests.Detection;

/// <summary>Small in-memory snapshots and rules for detector tests.</summary>
internal static class Sites
{
    public const string HomeUrl = "https://www.example.gov.tw/";

    public static PageSnapshot Page(string html, string url = HomeUrl, IReadOnlyList<FrameSnapshot>? frames = null,
        IReadOnlyList<string>? requests = null, IReadOnlyDictionary<string, string>? headers = null, int depth = 0) =>
        new(url, 200, "text/html", "", html, headers ?? new Dictionary<string, string>(), depth, frames ?? [], requests ?? []);

    /// <summary>A site whose only page is the given body markup.</summary>
    public static SiteSnapshot Of(string html) => Of(Page(html));

    public static SiteSnapshot Of(params PageSnapshot[] pages) =>
        new(HomeUrl, pages.Length > 0 ? pages[0].Url : null, pages, SiteFacts.Empty);

    public static SiteSnapshot WithFacts(SiteFacts facts, string? finalUrl = HomeUrl, params PageSnapshot[] pages) =>
        new(HomeUrl, finalUrl, pages, facts);

    public static Regex Regex(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static LinkTextRule Link(string[] keywords, string[]? exclude = null, Region region = Region.Page,
        PageScope pages = PageScope.All, int? maxLength = null) =>
        new(new KeywordSet(keywords, exclude ?? []), region, pages, maxLength);

    public static TextRule Text(string[] keywords, string[]? exclude = null, Region region = Region.Page, PageScope pages = PageScope.All) =>
        new(new KeywordSet(keywords, exclude ?? []), region, pages);
}
