using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Auditing;

/// <summary>
/// Where an audit or a rescore sends each finished site: CSV rows and sites/&lt;host&gt;.json at once (so an
/// interrupted run keeps them), a snapshot when asked, and a small summary kept for results.json and
/// report.html, which are written by <see cref="Complete"/> at the end. Not thread-safe: callers serialise.
/// </summary>
public sealed class RunOutputs : IDisposable
{
    private readonly string _directory;
    private readonly Rubric _rubric;
    private readonly IReadOnlyList<string> _metadataColumns;
    private readonly ReportFormats _formats;
    private readonly bool _saveSnapshots;
    private readonly CsvReportWriter _csv;
    private readonly List<(int Order, SiteSummary Summary)> _sites = [];

    public RunOutputs(string directory, Rubric rubric, IReadOnlyList<string> metadataColumns, ReportFormats formats, bool saveSnapshots)
    {
        _directory = directory;
        _rubric = rubric;
        _metadataColumns = metadataColumns;
        _formats = formats | ReportFormats.Csv;
        _saveSnapshots = saveSnapshots;
        _csv = new CsvReportWriter(directory, rubric, metadataColumns);
    }

    /// <param name="order">Position in the target list: end-of-run reports list sites in input order, whatever order they finished in.</param>
    public void Add(SiteAudit site, int order)
    {
        _csv.Write(site);
        SiteJsonWriter.Write(_directory, site);
        if (_saveSnapshots)
        {
            SnapshotStore.Save(_directory, new SavedSite(
                SnapshotStore.FormatVersion, site.Target, site.Crawl.Snapshot, site.Crawl.Status, site.Crawl.Error,
                site.Elapsed.TotalSeconds, site.AuditedAt));
        }
        _sites.Add((order, SiteSummary.From(site)));
    }

    public RunReport Complete(DateTimeOffset generatedAt, TimeSpan elapsed)
    {
        var run = new RunReport(_rubric, _metadataColumns, _sites.OrderBy(s => s.Order).Select(s => s.Summary).ToList(), generatedAt, elapsed.TotalSeconds);
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

    public void Dispose() => _csv.Dispose();
}
