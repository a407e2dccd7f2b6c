using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Reads back the CSV files this tool writes (<c>scores.csv</c>, <c>indicators.csv</c>) strictly, for the commands
/// that continue or combine them (<c>--resume</c>, <c>merge</c>). We write one record per line (line breaks in cells
/// become spaces) with as many cells as the header, so anything else — a stray quote that swallows the next lines, a
/// cell with a bare quote, a row of another width — is a file edited by hand, and reading on would silently lose
/// rows (and audit those sites twice, or merge without them). It is refused with its line instead.
/// </summary>
public static class OwnCsv
{
    private static readonly CsvConfiguration Config = CsvSettings.Strict;

    /// <summary>
    /// The header (line 1) and then every record, each with its line number. Nothing for an empty file.
    /// </summary>
    /// <exception cref="OwnCsvException">A record spans lines, has bad quoting or another number of cells than the header.</exception>
    public static IEnumerable<(int Line, string[] Cells)> Records(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        // The line a record starts on: the parser reports where it noticed the problem, which may be lines later.
        var line = 1;
        var config = Config with
        {
            BadDataFound = args => throw new OwnCsvException(path, line,
                $"bad quoting in a cell ({Shown(args.Field)}); it cannot be read as it was written"),
        };
        using var csv = new CsvParser(reader, config);
        var width = -1;
        var lastLine = 0;
        while (true)
        {
            line = lastLine + 1;
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException e)
            {
                throw new OwnCsvException(path, line, $"cannot be read as CSV ({e.Message.Split('\n')[0].Trim()})");
            }

            if (!more)
            {
                yield break;
            }

            lastLine = csv.RawRow;
            var record = csv.Record ?? [];
            if (lastLine != line)
            {
                throw new OwnCsvException(path, line,
                    $"a record runs over {lastLine - line + 1} lines (a stray quote?); every record of this file is one line");
            }

            if (width < 0)
            {
                width = record.Length;
            }
            else if (record.Length != width)
            {
                throw new OwnCsvException(path, line, $"{record.Length} cells where the header has {width}");
            }

            yield return (line, record);
        }
    }

    private static string Shown(string field)
    {
        var line = field.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line[..39] + "…";
    }
}
