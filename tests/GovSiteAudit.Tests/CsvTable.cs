using System.Globalization;
using CsvHelper;

namespace GovSiteAudit.Tests;

/// <summary>Reads a CSV output back into rows of cells, with a real CSV parser.</summary>
internal static class CsvTable
{
    public static List<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return rows;
    }

    /// <summary>Rows as dictionaries keyed by header.</summary>
    public static List<Dictionary<string, string>> ReadRecords(string path)
    {
        var rows = Read(path);
        return rows.Skip(1).Select(r => rows[0].Select((h, i) => (h, v: i < r.Length ? r[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }
}
