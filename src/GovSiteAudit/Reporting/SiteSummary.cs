using GovSiteAudit.Auditing;
using GovSiteAudit.Detection;
using GovSiteAudit.Scoring;

namespace GovSiteAudit.Reporting;

/// <summary>
/// What the end-of-run reports need about one site, kept for the whole run: findings, scores and the
/// list of pages — never the pages' HTML, so memory stays small on long target lists.
/// </summary>
public sealed record SiteSummary(
    string Url,
    string? FinalUrl,
    string Status,
    string? Error,
    IReadOnlyDictionary<string, string> Metadata,
    SiteScore? Score,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<PageVisit> Pages,
    double Seconds,
    DateTimeOffset AuditedAt)
{
    public bool Ok => Status == Crawl.SiteStatus.Ok;

    /// <summary>axe-core's per-page results, examples cut short; null when accessibility was not measured.</summary>
    public Snapshots.SiteAccessibility? Accessibility { get; init; }

    /// <summary>Speed, phone fit, freshness, links checked and the search probe; null when nothing was measured.</summary>
    public QualitySummary? Quality { get; init; }

    public double? DimensionScore(string dimensionId) =>
        Score?.Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId)?.Score;

    public static SiteSummary From(SiteAudit site) => new(
        site.Target.Url,
        site.Crawl.Snapshot.FinalUrl,
        site.Status,
        site.Error,
        site.Target.Metadata,
        site.Score,
        site.Findings,
        site.Crawl.Snapshot.Pages.Select(p => new PageVisit(p.Url, p.Status, p.Depth, p.Title)).ToList(),
        Math.Round(site.Elapsed.TotalSeconds, 2),
        site.AuditedAt)
    {
        Accessibility = site.Crawl.Snapshot.Accessibility,
        Quality = QualitySummary.Of(site.Metrics, site.Crawl.Snapshot),
    };
}

/// <summary>
/// Reads back the summaries of every site a run has committed (a row in scores.csv), from
/// sites/&lt;host&gt;.json, so end-of-run reports need not keep anything per site in memory and a
/// resumed run reports the sites of earlier attempts too.
/// </summary>
public static class SiteSummaryStore
{
    public static IReadOnlyList<SiteSummary> ReadAll(string directory, Rubrics.Rubric rubric)
    {
        var scores = Path.Combine(directory, CsvReportWriter.ScoresFileName);
        if (!File.Exists(scores))
        {
            return [];
        }
        var urls = new List<string>();
        using (var reader = new StreamReader(scores, detectEncodingFromByteOrderMarks: true))
        using (var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                if (csv.GetField("url") is { Length: > 0 } url)
                {
                    urls.Add(url);
                }
            }
        }
        var sites = new List<SiteSummary>(urls.Count);
        // A stable order whatever order concurrent sites finished in.
        foreach (var url in urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, SiteJsonWriter.SitesDirectoryName, SiteFileName.For(url) + ".json");
            if (File.Exists(path))
            {
                sites.Add(From(SiteJsonWriter.Read(path), rubric));
            }
        }
        return sites;
    }

    public static SiteSummary From(SiteJsonWriter.SiteDocument document, Rubrics.Rubric rubric)
    {
        var findings = document.Findings.Select(f => new Finding(f.Dimension, f.Indicator, f.Found, f.Points, f.Evidence, f.Note)).ToList();
        SiteScore? score = null;
        if (document.Scores is not null && document.Total is { } total)
        {
            score = new SiteScore(
                rubric.Dimensions.Select(d => new DimensionScore(
                    d.Id,
                    document.Scores.TryGetValue(d.Id, out var value) ? value : 0,
                    findings.Where(f => f.DimensionId == d.Id).Sum(f => f.Points),
                    d.Indicators.Sum(i => i.Weight))).ToList(),
                total);
        }
        return new SiteSummary(
            document.Url, document.FinalUrl, document.Status, document.Error, document.Metadata, score, findings,
            document.Pages.Select(p => new PageVisit(p.Url, p.Status, p.Depth, p.Title)).ToList(),
            document.Seconds, document.AuditedAt)
        {
            Accessibility = document.Accessibility,
            Quality = document.Quality,
        };
    }
}

/// <summary>A page the crawler read: where, with what HTTP status, how many clicks from home, its title.</summary>
public sealed record PageVisit(string Url, int Status, int Depth, string Title);

/// <summary>One finished run as the end-of-run reports see it.</summary>
public sealed record RunReport(
    Rubrics.Rubric Rubric,
    IReadOnlyList<string> MetadataColumns,
    IReadOnlyList<SiteSummary> Sites,
    DateTimeOffset GeneratedAt,
    double ElapsedSeconds)
{
    /// <summary>The run was stopped (Ctrl+C, SIGTERM) before every target was done; the reports hold the finished sites.</summary>
    public bool Interrupted { get; init; }
}

/// <summary>Output formats; CSV is always written.</summary>
[Flags]
public enum ReportFormats
{
    Csv = 1,
    Json = 2,
    Html = 4,
}
