using CsvHelper;

namespace GovSiteAudit.Reporting;

/// <summary>
/// A CSV file that gains rows as each site finishes (accessibility.csv, links.csv), with the conventions of scores.csv:
/// UTF-8 with BOM, RFC 4180, formula-safe cells, one record per line; the header is written once, also when resuming.
/// </summary>
internal sealed class SiteRowsCsvFile : IDisposable
{
    private readonly CsvWriter _csv;

    public SiteRowsCsvFile(string outputDirectory, string fileName, IReadOnlyList<string> columns, bool append)
    {
        Directory.CreateDirectory(outputDirectory);
        _csv = CsvReportWriter.Open(Path.Combine(outputDirectory, fileName), append, out var hasHeader, out _);
        if (!hasHeader)
        {
            CsvReportWriter.WriteRow(_csv, columns);
        }

        _csv.Flush();
    }

    /// <summary>Writes the rows of one site and flushes them, so a crash later loses none of them.</summary>
    public void Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            CsvReportWriter.WriteRow(_csv, row);
        }

        _csv.Flush();
    }

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
