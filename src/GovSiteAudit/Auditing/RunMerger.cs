using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Auditing;

/// <summary>
/// Combines the outputs of several runs (the shards of one list) into one set of files: the union of the
/// <c>scores.csv</c> rows (input metadata columns unioned in order of appearance), of <c>indicators.csv</c>, and of
/// the per-site files in subdirectories (<c>sites/*.json</c> and any other). The runs must have been scored with one
/// rubric: the same content fingerprint in their <c>run.json</c> and the same dimension columns (a run of a version
/// that wrote no <c>run.json</c> is judged by its columns alone, with a warning). A URL found in two inputs is kept
/// once, from the first, with a warning. The output must be a new or empty directory, and neither inside an input nor
/// around one, so no stale file of an earlier merge survives and nothing is copied into itself.
/// </summary>
public static class RunMerger
{
    public static MergeSummary Merge(IReadOnlyList<string> inputs, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new MergeException("no input directory to merge");
        }

        CheckPlacement(inputs, outputDirectory);
        var output = FullPath(outputDirectory);
        if (Directory.Exists(output)
            && Directory.EnumerateFileSystemEntries(output).Any(e => Path.GetFileName(e) != OutputLock.FileName))
        {
            throw new MergeException(
                $"{outputDirectory}: the output directory is not empty; merge writes into a new or empty directory, so that no file of an " +
                "earlier merge is kept by mistake. Remove it or choose another --out");
        }

        var runs = new List<RunScores>();
        foreach (var input in inputs)
        {
            runs.Add(RunScores.Read(input));
        }

        var warnings = new List<string>();
        var reference = CheckSameRubric(runs, warnings);
        foreach (var empty in runs.Where(r => r.Rows.Count == 0))
        {
            warnings.Add($"{empty.Directory} holds no site");
        }

        // A run without sites cannot tell its dimension columns from its metadata columns; it adds nothing anyway.
        runs = runs.Where(r => r.Rows.Count > 0).ToList();
        var first = runs.FirstOrDefault();
        var dimensions = first?.Dimensions ?? [];
        foreach (var run in runs.Skip(1))
        {
            if (!run.Dimensions.SequenceEqual(dimensions, StringComparer.Ordinal))
            {
                throw new MergeException(
                    $"{run.Directory}: dimension columns {string.Join(",", run.Dimensions)} differ from {first!.Directory}'s " +
                    $"{string.Join(",", dimensions)}; only runs of the same rubric can be merged");
            }
        }

        var metadata = new List<string>();
        foreach (var column in runs.SelectMany(r => r.Metadata))
        {
            if (!metadata.Contains(column, StringComparer.Ordinal))
            {
                metadata.Add(column);
            }
        }

        var header = new List<string>([.. OutputColumns.ScoresLeading, .. metadata, .. dimensions, .. OutputColumns.ScoresTrailing]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        Directory.CreateDirectory(output);
        reference?.Write(output);
        using (var scores = Create(Path.Combine(output, CsvReportWriter.ScoresFileName)))
        {
            WriteRow(scores, header);
            for (var i = 0; i < runs.Count; i++)
            {
                foreach (var row in runs[i].Rows)
                {
                    var url = row.GetValueOrDefault("url", "");
                    if (!owner.TryAdd(url, i))
                    {
                        warnings.Add($"{url} is in both {runs[owner[url]].Directory} and {runs[i].Directory}; kept the first");
                        continue;
                    }

                    WriteRow(scores, header.Select(h => row.GetValueOrDefault(h, "")));
                }
            }
        }

        using (var indicators = Create(Path.Combine(output, CsvReportWriter.IndicatorsFileName)))
        {
            WriteRow(indicators, OutputColumns.Indicators);
            for (var i = 0; i < runs.Count; i++)
            {
                CopyRows(runs[i].Directory, CsvReportWriter.IndicatorsFileName, OutputColumns.Indicators, i, owner, indicators);
            }
        }

        using (var accessibility = Create(Path.Combine(output, AccessibilityCsvWriter.FileName)))
        {
            WriteRow(accessibility, AccessibilityCsvWriter.Columns);
            for (var i = 0; i < runs.Count; i++)
            {
                CopyRows(runs[i].Directory, AccessibilityCsvWriter.FileName, AccessibilityCsvWriter.Columns, i, owner, accessibility);
            }
        }

        using (var links = Create(Path.Combine(output, LinksCsvWriter.FileName)))
        {
            WriteRow(links, LinksCsvWriter.Columns);
            for (var i = 0; i < runs.Count; i++)
            {
                CopyRows(runs[i].Directory, LinksCsvWriter.FileName, LinksCsvWriter.Columns, i, owner, links);
            }
        }

        foreach (var run in runs)
        {
            CopySiteFiles(run.Directory, output, warnings);
        }

        return new MergeSummary(owner.Count, inputs.Count, warnings);
    }

    /// <summary>
    /// Refuses an output directory that is an input, lies inside one (the merge would copy a run into itself) or holds
    /// one. Checked before anything is created, the output directory's lock included.
    /// </summary>
    public static void CheckPlacement(IReadOnlyList<string> inputs, string outputDirectory)
    {
        var output = FullPath(outputDirectory);
        foreach (var input in inputs)
        {
            var full = FullPath(input);
            if (string.Equals(full, output, StringComparison.Ordinal))
            {
                throw new MergeException($"{input}: the output directory cannot also be an input");
            }

            if (output.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new MergeException($"{outputDirectory}: the output directory is inside the input {input}; the merge would copy that run into itself. Choose an --out outside every input");
            }

            if (full.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new MergeException($"{input}: this input is inside the output directory {outputDirectory}; choose an --out outside every input");
            }
        }
    }

    /// <summary>
    /// Every run that recorded its rubric's fingerprint must have the same one; runs without one (older versions) are
    /// let through with a warning, their dimension columns still compared. The run.json the merge records, if any.
    /// </summary>
    private static RunInfo? CheckSameRubric(IReadOnlyList<RunScores> runs, List<string> warnings)
    {
        RunScores? reference = null;
        foreach (var run in runs)
        {
            if (run.Info?.RubricFingerprint is null)
            {
                warnings.Add($"{run.Directory} has no {RunInfo.FileName} with a rubric fingerprint (written by an older version); " +
                             "only its dimension columns could be compared with the other runs");
                continue;
            }

            reference ??= run;
            if (!string.Equals(run.Info.RubricFingerprint, reference.Info!.RubricFingerprint, StringComparison.Ordinal))
            {
                throw new MergeException(
                    $"{run.Directory} was scored with a different rubric than {reference.Directory}: {run.Info.DescribeRubric()} " +
                    $"from {run.Info.RubricSource} against {reference.Info.DescribeRubric()} from {reference.Info.RubricSource}; " +
                    "only runs of the same rubric can be merged (rescore one of them with the other's rubric first)");
            }
        }

        return (reference ?? runs.FirstOrDefault(r => r.Info is not null))?.Info;
    }

    private static void CopyRows(string directory, string fileName, IReadOnlyList<string> columns, int index, Dictionary<string, int> owner, CsvWriter output)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var (line, row) in Strict(() => OwnCsv.Records(path)))
        {
            if (line == 1)
            {
                if (!row.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    throw new MergeException($"{path}: unexpected columns {string.Join(",", row)} (expected {string.Join(",", columns)})");
                }

                continue;
            }

            // Only the rows of sites this input owns: a site audited in two shards counts once.
            if (owner.TryGetValue(row[0], out var from) && from == index)
            {
                WriteRow(output, row);
            }
        }
    }

    /// <summary>Our CSVs read strictly: a row that cannot be read as written is refused with its line, never dropped.</summary>
    private static IEnumerable<(int Line, string[] Cells)> Strict(Func<IEnumerable<(int Line, string[] Cells)>> records)
    {
        using var enumerator = records().GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (OwnCsvException e)
            {
                throw new MergeException($"{e.Message}; correct that line, or audit that shard again");
            }

            yield return enumerator.Current;
        }
    }

    private static string FullPath(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    /// <summary>Every file under the input's subdirectories (sites/, snapshots/ …); a name taken by an earlier input is kept.</summary>
    private static void CopySiteFiles(string directory, string output, List<string> warnings)
    {
        foreach (var subdirectory in Directory.EnumerateDirectories(directory))
        {
            foreach (var file in Directory.EnumerateFiles(subdirectory, "*", SearchOption.AllDirectories))
            {
                if (file.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(directory, file);
                var target = Path.Combine(output, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (File.Exists(target))
                {
                    if (!FilesEqual(file, target))
                    {
                        warnings.Add($"{relative} is in more than one input; kept the first");
                    }

                    continue;
                }

                File.Copy(file, target);
            }
        }
    }

    private static bool FilesEqual(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    private static CsvWriter Create(string path)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return new CsvWriter(writer, CsvSettings.Verbatim);
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }

    /// <summary>One input's scores.csv, with its columns sorted into metadata and dimensions, and its run.json if any.</summary>
    private sealed record RunScores(
        string Directory, RunInfo? Info, IReadOnlyList<string> Metadata, IReadOnlyList<string> Dimensions, IReadOnlyList<Dictionary<string, string>> Rows)
    {
        public static RunScores Read(string directory)
        {
            if (!System.IO.Directory.Exists(directory))
            {
                throw new MergeException($"{directory}: directory not found");
            }

            var path = Path.Combine(directory, CsvReportWriter.ScoresFileName);
            if (!File.Exists(path))
            {
                throw new MergeException($"{directory}: no {CsvReportWriter.ScoresFileName} (not the output directory of an audit?)");
            }

            RunInfo? info;
            try
            {
                info = RunInfo.Read(directory);
            }
            catch (InvalidDataException e)
            {
                throw new MergeException(e.Message);
            }

            string[]? header = null;
            var rows = new List<Dictionary<string, string>>();
            foreach (var (line, record) in Strict(() => OwnCsv.Records(path)))
            {
                if (header is null)
                {
                    header = record;
                    continue;
                }

                // A status this tool does not write means a hand-edited file: merged, it would pass for a real outcome.
                if (Array.IndexOf(header, "status") is >= 0 and var statusColumn && !SiteStatus.TryParse(record[statusColumn], out _))
                {
                    throw new MergeException($"{path}:{line}: column 'status': {SiteStatus.Unknown(record[statusColumn])}; correct that line, or audit that shard again");
                }

                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]] = record[i];
                }

                rows.Add(row);
            }

            if (header is null)
            {
                throw new MergeException($"{path}: empty file (expected a header row)");
            }

            var leading = OutputColumns.ScoresLeading.Count;
            var trailing = OutputColumns.ScoresTrailing.Count;
            if (header.Length < leading + trailing
                || !header.Take(leading).SequenceEqual(OutputColumns.ScoresLeading, StringComparer.Ordinal)
                || !header.TakeLast(trailing).SequenceEqual(OutputColumns.ScoresTrailing, StringComparer.Ordinal))
            {
                throw new MergeException($"{path}:1: not a GovSiteAudit scores.csv header ({string.Join(",", header)})");
            }

            // Metadata and dimension columns lie between the fixed ones; the dimensions are those run.json lists, or
            // (older runs) those indicators.csv names.
            var middle = header[leading..^trailing];
            var dimensionIds = info is { Dimensions.Count: > 0 } ? info.Dimensions.ToHashSet(StringComparer.Ordinal) : DimensionIds(directory);
            var firstDimension = Array.FindIndex(middle, dimensionIds.Contains);
            var split = firstDimension < 0 ? middle.Length : firstDimension;
            return new RunScores(directory, info, middle[..split], middle[split..], rows);
        }

        private static HashSet<string> DimensionIds(string directory)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var path = Path.Combine(directory, CsvReportWriter.IndicatorsFileName);
            if (!File.Exists(path))
            {
                return ids;
            }

            foreach (var (line, row) in Strict(() => OwnCsv.Records(path)))
            {
                if (line > 1 && row.Length > 1)
                {
                    ids.Add(row[1]);
                }
            }

            return ids;
        }
    }
}
