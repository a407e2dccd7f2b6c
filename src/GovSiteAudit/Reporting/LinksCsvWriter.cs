using CsvHelper;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>links.csv</c>: one row per broken same-site link (see <c>--check-links</c>), as each site finishes, with the
/// conventions of scores.csv (UTF-8 with BOM, RFC 4180, formula-safe cells, one record per line).
/// </summary>
public sealed class LinksCsvWriter : IDisposable
{
    public const string FileName = "links.csv";

    public static IReadOnlyList<string> Columns { get; } = ["url", "page_url", "link", "status", "error"];

    private readonly CsvWriter _csv;

    public LinksCsvWriter(string outputDirectory, bool append = false)
    {
        Directory.CreateDirectory(outputDirectory);
        _csv = CsvReportWriter.Open(Path.Combine(outputDirectory, FileName), append, out var hasHeader, out _);
        if (!hasHeader)
        {
            CsvReportWriter.WriteRow(_csv, Columns);
        }

        _csv.Flush();
    }

    public void Write(SiteAudit site)
    {
        foreach (var row in Rows(site.Target.Url, site.Crawl.Snapshot.Measurements?.Links))
        {
            CsvReportWriter.WriteRow(_csv, row);
        }

        _csv.Flush();
    }

    /// <summary>The rows of one site: <c>link</c> is the broken address, <c>status</c> its last HTTP status (empty when none).</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(string url, LinkCheck? links) =>
        (links?.Broken ?? []).Select(b => (IReadOnlyList<string>)
        [
            url, b.PageUrl, b.Url, b.Status > 0 ? b.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", b.Error,
        ]);

    public void Dispose()
    {
        try
        {
            _csv.Dispose();
        }
        catch (IOException)
        {
            // A full disk: the row in progress is dropped, not written half.
        }
    }
}
