using GovSiteAudit.Detection;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Tests.Reporting;

/// <summary>A seven-dimension rubric and hand-made site summaries for the end-of-run reports (no detection involved).</summary>
internal static class ReportData
{
    public static readonly string[] DimensionIds = ["usability", "self_service", "interactivity", "customization", "transactions", "support", "security"];
    private static readonly string[] DimensionNames = ["介面易用性", "內容自助", "互動性", "個人化", "線上交易", "功能支援", "安全與隱私"];

    /// <summary>Each dimension has two indicators of weight 1: a, b.</summary>
    public static Rubric SevenDimensionRubric() => new(
        "crm-test", "政府網站顧客關係管理評核", "zh-Hant", null,
        DimensionIds.Select((id, i) => new Dimension(id, DimensionNames[i], 1, null,
        [
            new Indicator(id + "_a", DimensionNames[i] + " 甲", 1, null, new SchemeRule("https")),
            new Indicator(id + "_b", DimensionNames[i] + " 乙", 1, null, new SchemeRule("https")),
        ])).ToList(),
        "crm-test.yaml");

    /// <summary>A site that found indicator a in the dimensions whose mask bit is set and b in those of <paramref name="bMask"/>.</summary>
    public static SiteSummary Site(string url, int aMask, int bMask, string? evidenceText = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var findings = new List<Finding>();
        var scores = new List<DimensionScore>();
        for (var i = 0; i < DimensionIds.Length; i++)
        {
            var a = (aMask >> i & 1) == 1;
            var b = (bMask >> i & 1) == 1;
            var id = DimensionIds[i];
            findings.Add(new Finding(id, id + "_a", a, a ? 1 : 0, a ? new Evidence(url + "page", "a[href]", evidenceText ?? "found it") : null));
            findings.Add(new Finding(id, id + "_b", b, b ? 1 : 0, b ? new Evidence(url, "form", "search") : null));
            var earned = (a ? 1 : 0) + (b ? 1 : 0);
            scores.Add(new DimensionScore(id, earned * 50, earned, 2));
        }
        var total = Math.Round(scores.Average(s => s.Score), 1);
        return new SiteSummary(url, url, SiteStatus.Ok, null, metadata ?? new Dictionary<string, string>(), new SiteScore(scores, total), findings,
            [new PageVisit(url, 200, 0, "首頁"), new PageVisit(url + "page", 200, 1, "內頁")], 2.5, DateTimeOffset.UnixEpoch);
    }

    public static SiteSummary Unreachable(string url) => new(
        url, null, SiteStatus.Dns, "the name does not resolve", new Dictionary<string, string>(), null, [], [], 0.4, DateTimeOffset.UnixEpoch);

    public static RunReport Run(params SiteSummary[] sites) =>
        new(SevenDimensionRubric(), ["agency"], sites, new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), 12.5);
}
