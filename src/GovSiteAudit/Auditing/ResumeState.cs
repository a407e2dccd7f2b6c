using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;

namespace GovSiteAudit.Auditing;

/// <summary>An output directory that cannot be continued (a different rubric or target list wrote it).</summary>
public sealed class ResumeException(string message) : Exception(message);

/// <summary>
/// What an interrupted run left in its output directory, repaired so that it can be continued. A site is
/// committed by its <c>scores.csv</c> row, written after its indicator rows and its <c>sites/*.json</c>;
/// each CSV record ends at the one CRLF after it (cells never hold line breaks). So, after a crash at any moment:
/// each CSV is cut after its last complete record, indicator rows of sites without a scores row are dropped
/// and half-written <c>*.tmp</c> files removed. The URLs in <c>scores.csv</c> are then done.
/// </summary>
public sealed record ResumeState(IReadOnlySet<string> RecordedUrls, IReadOnlyList<string> Repairs)
{
    private const int TailChunk = 64 * 1024;

    /// <summary>
    /// Repairs <paramref name="outputDirectory"/> and reads which targets it holds.
    /// Throws <see cref="ResumeException"/> when its <c>scores.csv</c> has other columns than <paramref name="scoresHeader"/>.
    /// </summary>
    public static ResumeState Prepare(string outputDirectory, IReadOnlyList<string> scoresHeader)
    {
        var repairs = new List<string>();
        if (!Directory.Exists(outputDirectory))
        {
            return new ResumeState(new HashSet<string>(StringComparer.Ordinal), repairs);
        }

        foreach (var temporary in Directory.EnumerateFiles(outputDirectory, "*.tmp", SearchOption.AllDirectories))
        {
            File.Delete(temporary);
            repairs.Add($"removed the half-written {Path.GetRelativePath(outputDirectory, temporary)}");
        }

        var scoresPath = Path.Combine(outputDirectory, CsvReportWriter.ScoresFileName);
        var indicatorsPath = Path.Combine(outputDirectory, CsvReportWriter.IndicatorsFileName);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(scoresPath))
        {
            if (TruncateAfterLastRecord(scoresPath) is { } cut)
            {
                repairs.Add($"{CsvReportWriter.ScoresFileName}: dropped an incomplete last row ({cut} bytes)");
            }

            var header = ReadUrls(scoresPath, recorded);
            if (header is not null && !header.SequenceEqual(scoresHeader, StringComparer.Ordinal))
            {
                throw new ResumeException(
                    $"cannot resume in '{outputDirectory}': its {CsvReportWriter.ScoresFileName} has the columns " +
                    $"{string.Join(",", header)} but this run writes {string.Join(",", scoresHeader)} " +
                    "(another rubric or other input columns?). Use the same rubric and target list, or another --out directory.");
            }
        }

        if (File.Exists(indicatorsPath))
        {
            if (TruncateAfterLastRecord(indicatorsPath) is { } cut)
            {
                repairs.Add($"{CsvReportWriter.IndicatorsFileName}: dropped an incomplete last row ({cut} bytes)");
            }

            if (DropUnrecorded(indicatorsPath, recorded) is > 0 and var dropped)
            {
                repairs.Add($"{CsvReportWriter.IndicatorsFileName}: dropped {dropped} row(s) of sites without a {CsvReportWriter.ScoresFileName} row");
            }
        }

        // accessibility.csv rows are written with the indicator rows, before the scores row: repaired alike.
        var accessibilityPath = Path.Combine(outputDirectory, AccessibilityCsvWriter.FileName);
        if (File.Exists(accessibilityPath))
        {
            TruncateAfterLastRecord(accessibilityPath);
            if (DropUnrecorded(accessibilityPath, recorded) is > 0 and var dropped)
            {
                repairs.Add($"{AccessibilityCsvWriter.FileName}: dropped {dropped} row(s) of sites without a {CsvReportWriter.ScoresFileName} row");
            }
        }

        return new ResumeState(recorded, repairs);
    }

    /// <summary>Cuts the file after its last LF; returns the bytes cut, or null when none.</summary>
    internal static long? TruncateAfterLastRecord(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = stream.Length;
        var buffer = new byte[TailChunk];
        var end = length;
        var keep = 0L;
        while (end > 0)
        {
            var start = Math.Max(0, end - TailChunk);
            var count = (int)(end - start);
            stream.Position = start;
            stream.ReadExactly(buffer, 0, count);
            var lf = Array.LastIndexOf(buffer, (byte)'\n', count - 1, count);
            if (lf >= 0)
            {
                keep = start + lf + 1;
                break;
            }

            end = start;
        }

        if (keep == length)
        {
            return null;
        }

        stream.SetLength(keep);
        return length - keep;
    }

    /// <summary>Adds the first cell of every data row to <paramref name="urls"/>; returns the header, or null for an empty file.</summary>
    private static string[]? ReadUrls(string path, HashSet<string> urls)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig);
        if (!csv.Read())
        {
            return null;
        }

        var header = csv.Record!;
        while (csv.Read())
        {
            if (csv.Record is { Length: > 0 } row)
            {
                urls.Add(row[0]);
            }
        }

        return header;
    }

    /// <summary>Rewrites the file without rows whose first cell is not in <paramref name="recorded"/>; returns how many went.</summary>
    private static int DropUnrecorded(string path, HashSet<string> recorded)
    {
        var dropped = 0;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        using (var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig))
        {
            if (!csv.Read())
            {
                return 0;
            }

            while (csv.Read())
            {
                if (csv.Record is not { Length: > 0 } row || !recorded.Contains(row[0]))
                {
                    dropped++;
                }
            }
        }

        if (dropped == 0)
        {
            return 0;
        }

        var temporary = path + ".tmp";
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        using (var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig))
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var output = new CsvWriter(writer, CsvReportWriter.VerbatimConfig))
        {
            var first = true;
            while (csv.Read())
            {
                var row = csv.Record!;
                if (first || (row.Length > 0 && recorded.Contains(row[0])))
                {
                    foreach (var cell in row)
                    {
                        output.WriteField(cell);
                    }

                    output.NextRecord();
                }

                first = false;
            }
        }

        File.Move(temporary, path, overwrite: true);
        return dropped;
    }
}
