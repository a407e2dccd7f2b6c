using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Auditing;

/// <summary>
/// Where an audit or a rescore sends each finished site: CSV rows and sites/&lt;host&gt;.json at once (so an
/// interrupted run keeps them), a snapshot when asked,  results.json and report.html are written by
/// <see cref="Complete"/> at the end from the per-site files. Not thread-safe: callers serialise.
/// </summary>
public sealed class RunOutputs : IDisposable
{
    private readonly string _directory;
    private readonly Rubric _rubric;
    private readonly IReadOnlyList<string> _metadataColumns;
    private readonly ReportFormats _formats;
    private readonly bool _saveSnapshots;
    private readonly CsvReportWriter _csv;
    private readonly AccessibilityCsvWriter _accessibility;
    private readonly LinksCsvWriter _links;

    /// <param name="append">Continue the CSVs of an interrupted run (--resume) instead of starting them afresh.</param>
    public RunOutputs(string directory, Rubric rubric, IReadOnlyList<string> metadataColumns, ReportFormats formats, bool saveSnapshots, bool append = false)
    {
        _directory = directory;
        _rubric = rubric;
        _metadataColumns = metadataColumns;
        _formats = formats | ReportFormats.Csv;
        _saveSnapshots = saveSnapshots;
        _csv = new CsvReportWriter(directory, rubric, metadataColumns, append);
        RunInfo.For(rubric).Write(directory);
        _accessibility = new AccessibilityCsvWriter(directory, append);
        _links = new LinksCsvWriter(directory, append);
    }

    public void Add(SiteAudit site)
    {
        _csv.WriteIndicators(site);
        _accessibility.Write(site);
        _links.Write(site);
        SiteJsonWriter.Write(_directory, site);
        if (_saveSnapshots)
        {
            SnapshotStore.Save(_directory, new SavedSite(
                SnapshotStore.FormatVersion, site.Target, site.Crawl.Snapshot, site.Crawl.Status, site.Crawl.Error,
                site.Elapsed.TotalSeconds, site.AuditedAt));
        }
        // The scores row last: it is the record that the site is complete (see ResumeState).
        _csv.WriteScores(site);
    }

    /// <summary>
    /// Writes results.json and report.html from what is on disk (every site with a scores.csv row), so
    /// nothing per site is held in memory during the run. The returned report serves the quality gate and JUnit.
    /// </summary>
    public RunReport Complete(DateTimeOffset generatedAt, TimeSpan elapsed)
    {
        var run = new RunReport(_rubric, _metadataColumns, SiteSummaryStore.ReadAll(_directory, _rubric), generatedAt, elapsed.TotalSeconds);
        if (_formats.HasFlag(ReportFormats.Json))
        {
            ResultsJsonWriter.Write(_directory, run);
        }
        if (_formats.HasFlag(ReportFormats.Html))
        {
            HtmlReportWriter.Write(_directory, run);
        }
        return run;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _accessibility.Dispose();
        _links.Dispose();
    }
}
