using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Auditing;

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
    public static ResumeState Prepare(string outputDirectory, IReadOnlyList<string> scoresHeader, string? rubricFingerprint = null)
    {
        var repairs = new List<string>();
        if (!Directory.Exists(outputDirectory))
        {
            return new ResumeState(new HashSet<string>(StringComparer.Ordinal), repairs);
        }

        CheckRubric(outputDirectory, rubricFingerprint);

        foreach (var temporary in Directory.EnumerateFiles(outputDirectory, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories))
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

            var header = Unreadable(outputDirectory, () => ReadUrls(scoresPath, recorded));
            // Like with like: the header as this run would write it, formula escaping of input columns included.
            var expected = CsvReportWriter.AsWritten(scoresHeader);
            if (header is not null && !header.SequenceEqual(expected, StringComparer.Ordinal))
            {
                throw new ResumeException(
                    $"cannot resume in '{outputDirectory}': its {CsvReportWriter.ScoresFileName} has the columns " +
                    $"{string.Join(",", header)} but this run writes {string.Join(",", expected)} " +
                    "(another rubric or other input columns?). Use the same rubric and target list, or another --out directory.");
            }
        }

        if (File.Exists(indicatorsPath))
        {
            if (TruncateAfterLastRecord(indicatorsPath) is { } cut)
            {
                repairs.Add($"{CsvReportWriter.IndicatorsFileName}: dropped an incomplete last row ({cut} bytes)");
            }

            if (Unreadable(outputDirectory, () => DropUnrecorded(indicatorsPath, recorded)) is > 0 and var dropped)
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

        // links.csv likewise (issue 13).
        var linksPath = Path.Combine(outputDirectory, LinksCsvWriter.FileName);
        if (File.Exists(linksPath))
        {
            TruncateAfterLastRecord(linksPath);
            if (DropUnrecorded(linksPath, recorded) is > 0 and var droppedLinks)
            {
                repairs.Add($"{LinksCsvWriter.FileName}: dropped {droppedLinks} row(s) of sites without a {CsvReportWriter.ScoresFileName} row");
            }
        }

        return new ResumeState(recorded, repairs);
    }

    /// <summary>
    /// Same dimension columns are not enough: the run.json of the earlier run (runs of older versions have none) must
    /// name the rubric this run scores with.
    /// </summary>
    private static void CheckRubric(string outputDirectory, string? rubricFingerprint)
    {
        RunInfo? info;
        try
        {
            info = RunInfo.Read(outputDirectory);
        }
        catch (InvalidDataException e)
        {
            throw new ResumeException($"cannot resume in '{outputDirectory}': {e.Message}");
        }

        if (info?.RubricFingerprint is { } recorded && rubricFingerprint is not null
            && !string.Equals(recorded, rubricFingerprint, StringComparison.Ordinal))
        {
            throw new ResumeException(
                $"cannot resume in '{outputDirectory}': it was scored with {info.DescribeRubric()} from {info.RubricSource}, and this run's " +
                "rubric differs (another rubric, or the same file edited since). Use that rubric, or another --out directory.");
        }
    }

    /// <summary>A file that cannot be read back exactly is refused: reading on would hide recorded sites, audited again.</summary>
    private static T Unreadable<T>(string outputDirectory, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (OwnCsvException e)
        {
            throw new ResumeException(
                $"cannot resume in '{outputDirectory}': {e.Message}. Nothing was changed: correct or delete that line (its site is then " +
                "audited again), or start afresh in another --out directory.");
        }
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

    /// <summary>
    /// Adds the first cell of every data row to <paramref name="urls"/>; returns the header, or null for an empty file.
    /// A status this tool does not write is refused with its line: the file was edited, and its reports would not be true.
    /// </summary>
    private static string[]? ReadUrls(string path, HashSet<string> urls)
    {
        string[]? header = null;
        var statusColumn = -1;
        foreach (var (line, row) in OwnCsv.Records(path))
        {
            if (header is null)
            {
                header = row;
                statusColumn = Array.IndexOf(header, "status");
                continue;
            }

            if (statusColumn >= 0 && !SiteStatus.TryParse(row[statusColumn], out _))
            {
                throw new OwnCsvException(path, line, "column 'status': " + SiteStatus.Unknown(row[statusColumn]));
            }

            urls.Add(row[0]);
        }

        return header;
    }

    /// <summary>
    /// Rewrites the file without rows whose first cell is not in <paramref name="recorded"/>; returns how many went.
    /// The whole file is read (strictly) before anything is rewritten.
    /// </summary>
    private static int DropUnrecorded(string path, HashSet<string> recorded)
    {
        var dropped = OwnCsv.Records(path).Skip(1).Count(r => !recorded.Contains(r.Cells[0]));
        if (dropped == 0)
        {
            return 0;
        }

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            using var output = new CsvWriter(writer, CsvSettings.Verbatim);
            foreach (var (line, row) in OwnCsv.Records(path))
            {
                if (line == 1 || recorded.Contains(row[0]))
                {
                    foreach (var cell in row)
                    {
                        output.WriteField(cell);
                    }

                    output.NextRecord();
                }
            }
        });
        return dropped;
    }
}
