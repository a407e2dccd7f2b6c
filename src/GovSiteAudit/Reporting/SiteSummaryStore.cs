using GovSiteAudit.Detection;
using GovSiteAudit.Results;
using GovSiteAudit.Scoring;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Reporting;

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
