using System.Globalization;
using CsvHelper;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>Reads <c>scores.csv</c> and <c>indicators.csv</c> of a run directory.</summary>
public static class RunReader
{
    public static RunData Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new RunReadException($"{directory}: no such run directory");
        }
        var indicators = ReadIndicators(Path.Combine(directory, CsvReportWriter.IndicatorsFileName));
        // scores.csv alone cannot tell metadata columns from dimension columns; indicators.csv names the dimensions.
        var dimensionIds = indicators.Select(i => i.Dimension).Distinct(StringComparer.Ordinal).ToList();
        var sites = ReadScores(Path.Combine(directory, CsvReportWriter.ScoresFileName), dimensionIds);
        return new RunData(directory, dimensionIds, sites, indicators);
    }

    public static IReadOnlyList<IndicatorRow> ReadIndicators(string path)
    {
        var rows = new List<IndicatorRow>();
        foreach (var (line, get) in Records(path, ["url", "dimension", "indicator", "found"]))
        {
            var found = get("found");
            rows.Add(new IndicatorRow(get("url"), get("dimension"), get("indicator"), found switch
            {
                "true" => true,
                "false" => false,
                _ => throw new RunReadException($"{path}:{line}: 'found' is '{found}', expected true or false"),
            }));
        }
        return rows;
    }

    private static IReadOnlyList<ScoreRow> ReadScores(string path, IReadOnlyList<string> dimensionIds)
    {
        var rows = new List<ScoreRow>();
        foreach (var (line, get) in Records(path, ["url", "status", "total", .. dimensionIds]))
        {
            rows.Add(new ScoreRow(
                get("url"),
                Status(get("status"), path, line),
                dimensionIds.ToDictionary(d => d, d => Score(get(d), path, line, d)),
                Score(get("total"), path, line, "total")));
        }
        return rows;
    }

    /// <summary>Each data row with its line number and a cell getter by column name; the required columns must be in the header.</summary>
    public static IEnumerable<(int Line, Func<string, string> Get)> Records(string path, IReadOnlyList<string> required)
    {
        if (!File.Exists(path))
        {
            throw new RunReadException($"{path}: file not found");
        }
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CsvSettings.Lenient);
        if (!csv.Read())
        {
            throw new RunReadException($"{path}: empty file (expected a header row)");
        }
        csv.ReadHeader();
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim()).ToList();
        var missing = required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw new RunReadException($"{path}:1: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} (found: {string.Join(", ", header)})");
        }
        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            yield return (csv.Parser.RawRow, name => index.TryGetValue(name, out var i) && i < record.Length ? record[i].Trim() : "");
        }
    }

    private static SiteStatus Status(string cell, string path, int line) =>
        SiteStatus.TryParse(cell, out var status) ? status : throw new RunReadException($"{path}:{line}: column 'status': {SiteStatus.Unknown(cell)}");

    private static double? Score(string cell, string path, int line, string column)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw new RunReadException($"{path}:{line}: column '{column}' is '{cell}', expected a number 0–100 or empty");
    }
}
