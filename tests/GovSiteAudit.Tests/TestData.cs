using GovSiteAudit.Detection;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Tests;

/// <summary>Small hand-built domain values shared by tests that do not need a browser.</summary>
internal static class TestData
{
    public static Rubric TwoDimensionRubric() => new(
        "test", "Test rubric", "en", null,
        [
            new Dimension("security", "Security", 2, null,
            [
                new Indicator("https", "HTTPS", 1, null, new SchemeRule("https")),
                new Indicator("privacy_policy", "Privacy", 1, null, new LinkTextRule(KeywordSet.Of("privacy"), Region.Page, PageScope.All, null)),
            ]),
            new Dimension("self_service", "Self-service", 1, null,
            [
                new Indicator("faq", "FAQ", 1, null, new LinkTextRule(KeywordSet.Of("FAQ"), Region.Page, PageScope.All, null)),
            ]),
        ],
        "test.yaml");

    public static SiteAudit Audit(
        string url,
        IReadOnlyDictionary<string, string>? metadata = null,
        SiteStatus? status = null,
        string? error = null,
        int pages = 1)
    {
        var pageList = Enumerable.Range(0, pages)
            .Select(i => new PageSnapshot(url, 200, "text/html", "Home", "<html></html>", new Dictionary<string, string>(), i, [], []))
            .ToList();
        var snapshot = new SiteSnapshot(url, pages > 0 ? url : null, pageList, SiteFacts.Empty);
        var findings = new List<Finding>
        {
            new("security", "https", true, 1, new Evidence(url, "final URL", url)),
            new("security", "privacy_policy", false, 0, null),
            new("self_service", "faq", true, 1, new Evidence(url + "faq.html", "a[href=\"/faq.html\"]", "=HYPERLINK(\"x\") 常見問答")),
        };
        var score = pages > 0
            ? new SiteScore([new DimensionScore("security", 50, 1, 2), new DimensionScore("self_service", 100, 1, 1)], 66.7)
            : null;
        return new SiteAudit(
            new AuditTarget(url, metadata ?? new Dictionary<string, string>(), "command line", 0),
            new CrawlResult(snapshot, status ?? SiteStatus.Ok, error),
            findings, score, TimeSpan.FromSeconds(1.25), DateTimeOffset.UnixEpoch);
    }
}
