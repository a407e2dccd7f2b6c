using System.Globalization;
using System.Text;
using CsvHelper;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>scores.csv</c> and <c>indicators.csv</c> one site at a time, flushing after each, so an
/// interrupted run keeps every finished site. UTF-8 with BOM (Excel opens Chinese text correctly),
/// RFC 4180, and cells that start with = + - @ tab or CR are prefixed with ' so they never run as formulas.
/// </summary>
public sealed class CsvReportWriter : IDisposable
{
    public const string ScoresFileName = "scores.csv";
    public const string IndicatorsFileName = "indicators.csv";
    private const int MaxEvidenceLength = 200;

    private readonly Rubric _rubric;
    private readonly IReadOnlyList<string> _metadataColumns;
    private readonly CsvWriter _scores;
    private readonly CsvWriter _indicators;
    private readonly FileStream _scoresFile;
    private readonly FileStream _indicatorsFile;
    private bool _broken;

    public CsvReportWriter(string outputDirectory, Rubric rubric, IReadOnlyList<string> metadataColumns, bool append = false)
    {
        _rubric = rubric;
        _metadataColumns = metadataColumns;
        Directory.CreateDirectory(outputDirectory);
        _scores = Open(Path.Combine(outputDirectory, ScoresFileName), append, out var scoresHasHeader, out _scoresFile);
        _indicators = Open(Path.Combine(outputDirectory, IndicatorsFileName), append, out var indicatorsHasHeader, out _indicatorsFile);
        if (!scoresHasHeader)
        {
            WriteRow(_scores, ScoresHeader());
        }
        if (!indicatorsHasHeader)
        {
            WriteRow(_indicators, OutputColumns.Indicators);
        }
        Commit(); // A disk that is already full fails here, before any site is crawled.
    }

    public IReadOnlyList<string> ScoresHeader() => ScoresHeader(_rubric, _metadataColumns);

    /// <summary>
    /// The cells as a reader finds them in our files: written with this writer's settings (formula escaping, line
    /// breaks folded) and parsed back. What --resume compares a file's header with.
    /// </summary>
    public static IReadOnlyList<string> AsWritten(IEnumerable<string> cells)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CsvSettings.Written, leaveOpen: true))
        {
            WriteRow(csv, cells);
        }

        using var reader = new StringReader(text.ToString());
        using var parser = new CsvParser(reader, CsvSettings.ReadBack);
        return parser.Read() ? parser.Record! : [];
    }

    public static IReadOnlyList<string> ScoresHeader(Rubric rubric, IReadOnlyList<string> metadataColumns)
    {
        var dimensionIds = rubric.Dimensions.Select(d => d.Id).ToList();
        return [
            .. OutputColumns.ScoresLeading,
            .. OutputColumns.MetadataHeaders(metadataColumns, dimensionIds),
            .. dimensionIds,
            .. OutputColumns.ScoresTrailing,
        ];
    }

    /// <summary>Indicators first, scores last: a scores.csv row is the record that the site is complete (see ResumeState).</summary>
    public void Write(SiteAudit site)
    {
        WriteIndicators(site);
        WriteScores(site);
    }

    public void WriteIndicators(SiteAudit site)
    {
        foreach (var row in IndicatorRows(site))
        {
            WriteRow(_indicators, row);
        }
        Commit();
    }

    /// <summary>
    /// Flushes both files. When that fails (a full disk), each is cut back to its last complete row, so what was
    /// written before stays valid CSV, and the writer refuses further rows.
    /// </summary>
    private void Commit()
    {
        ObjectDisposedException.ThrowIf(_broken, this);
        FileStream scores = _scoresFile, indicators = _indicatorsFile;
        long scoresLength = scores.CanSeek ? scores.Length : 0, indicatorsLength = indicators.CanSeek ? indicators.Length : 0;
        try
        {
            _scores.Flush();
            _indicators.Flush();
        }
        catch (IOException e)
        {
            _broken = true;
            Truncate(scores, scoresLength);
            Truncate(indicators, indicatorsLength);
            throw new IOException($"writing {scores.Name} failed: {e.Message}", e);
        }
    }

    private static void Truncate(FileStream stream, long length)
    {
        try
        {
            if (stream.CanSeek)
            {
                stream.SetLength(length);
            }

            stream.Dispose();
        }
        catch (IOException)
        {
            // Nothing more can be done; the error is reported by the caller.
        }
    }

    public void WriteScores(SiteAudit site)
    {
        WriteRow(_scores, ScoresRow(site));
        Commit();
    }

    public IReadOnlyList<string> ScoresRow(SiteAudit site)
    {
        var row = new List<string>
        {
            site.Target.Url,
            site.Crawl.Snapshot.FinalUrl ?? "",
            site.Status.Text,
            site.Error ?? "",
        };
        foreach (var column in _metadataColumns)
        {
            row.Add(site.Target.Metadata.TryGetValue(column, out var value) ? value : "");
        }
        foreach (var dimension in _rubric.Dimensions)
        {
            var score = site.Score?.Dimensions.FirstOrDefault(d => d.DimensionId == dimension.Id);
            row.Add(score is null ? "" : Number(score.Score));
        }
        row.Add(site.Score is null ? "" : Number(site.Score.Total));
        row.Add(site.Crawl.Snapshot.Pages.Count.ToString(CultureInfo.InvariantCulture));
        row.Add(site.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        row.AddRange(AccessibilitySummary.Cells(site.Crawl.Snapshot.Accessibility));
        row.AddRange(QualitySummary.Cells(QualitySummary.Of(site.Metrics, site.Crawl.Snapshot)));
        return row;
    }

    public static IEnumerable<IReadOnlyList<string>> IndicatorRows(SiteAudit site) =>
        site.Findings.Select(f => (IReadOnlyList<string>)
        [
            site.Target.Url,
            f.DimensionId,
            f.IndicatorId,
            f.Found ? "true" : "false",
            Number(f.Points),
            f.Evidence?.PageUrl ?? "",
            // Where nothing was found because nothing could be decided, the evidence column says why.
            f.Evidence is null && f.Note is not null ? f.Note.ReplaceLineEndings(" ") : EvidenceText(f.Evidence),
        ]);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string EvidenceText(Detection.Evidence? evidence)
    {
        if (evidence is null)
        {
            return "";
        }
        var text = string.IsNullOrWhiteSpace(evidence.Text) ? evidence.Element : $"{evidence.Text} ({evidence.Element})";
        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxEvidenceLength ? text : text[..(MaxEvidenceLength - 1)] + "…";
    }

    internal static CsvWriter Open(string path, bool append, out bool hasHeader, out FileStream stream)
    {
        hasHeader = append && File.Exists(path) && new FileInfo(path).Length > 3;
        // Unbuffered: the StreamWriter buffers a row; what reaches the file is then exactly what was flushed.
        stream = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        // The BOM goes only at the start of a new file; appending to an existing one must not repeat it.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: stream.Position == 0);
        var writer = new StreamWriter(stream, encoding);
        return new CsvWriter(writer, CsvSettings.Written);
    }

    internal static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            // One record per line: a resumed run finds the last complete record at the last CRLF.
            csv.WriteField(cell.ReplaceLineEndings(" "));
        }
        csv.NextRecord();
    }

    public void Dispose()
    {
        foreach (var csv in new[] { _scores, _indicators })
        {
            try
            {
                csv.Dispose();
            }
            catch (Exception e) when (_broken && e is IOException or ObjectDisposedException)
            {
                // The unwritable row is dropped, not written half.
            }
        }
    }
}
