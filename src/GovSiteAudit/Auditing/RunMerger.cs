using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;

namespace GovSiteAudit.Auditing;

/// <summary>Output directories that cannot be merged (missing, or scored with different rubrics).</summary>
public sealed class MergeException(string message) : Exception(message);

public sealed record MergeSummary(int Sites, int Inputs, IReadOnlyList<string> Warnings);

/// <summary>
/// Combines the outputs of several runs (the shards of one list) into one set of files: the union of the
/// <c>scores.csv</c> rows (input metadata columns unioned in order of appearance), of <c>indicators.csv</c>, and of
/// the per-site files in subdirectories (<c>sites/*.json</c> and any other). The dimension columns must be the same
/// everywhere. A URL found in two inputs is kept once, from the first, with a warning.
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

        var output = Path.GetFullPath(outputDirectory);
        var runs = new List<RunScores>();
        foreach (var input in inputs)
        {
            if (string.Equals(Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar), output.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                throw new MergeException($"{input}: the output directory cannot also be an input");
            }

            runs.Add(RunScores.Read(input));
        }

        var warnings = new List<string>();
        foreach (var empty in runs.Where(r => r.Rows.Count == 0))
        {
            warnings.Add($"{empty.Directory} holds no site");
        }

        // A run without sites cannot tell its dimension columns from its metadata columns; it adds nothing anyway.
        runs = runs.Where(r => r.Rows.Count > 0).ToList();
        var reference = runs.FirstOrDefault();
        var dimensions = reference?.Dimensions ?? [];
        foreach (var run in runs.Skip(1))
        {
            if (!run.Dimensions.SequenceEqual(dimensions, StringComparer.Ordinal))
            {
                throw new MergeException(
                    $"{run.Directory}: dimension columns {string.Join(",", run.Dimensions)} differ from {reference!.Directory}'s " +
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

        foreach (var run in runs)
        {
            CopySiteFiles(run.Directory, output, warnings);
        }

        return new MergeSummary(owner.Count, inputs.Count, warnings);
    }

    private static void CopyRows(string directory, string fileName, IReadOnlyList<string> columns, int index, Dictionary<string, int> owner, CsvWriter output)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig);
        if (!csv.Read())
        {
            return;
        }

        var header = csv.Record!;
        if (!header.SequenceEqual(columns, StringComparer.Ordinal))
        {
            throw new MergeException($"{path}: unexpected columns {string.Join(",", header)} (expected {string.Join(",", columns)})");
        }

        while (csv.Read())
        {
            var row = csv.Record!;
            // Only the rows of sites this input owns: a site audited in two shards counts once.
            if (row.Length > 0 && owner.TryGetValue(row[0], out var from) && from == index)
            {
                WriteRow(output, row);
            }
        }
    }

    /// <summary>Every file under the input's subdirectories (sites/, snapshots/ …); a name taken by an earlier input is kept.</summary>
    private static void CopySiteFiles(string directory, string output, List<string> warnings)
    {
        foreach (var subdirectory in Directory.EnumerateDirectories(directory))
        {
            foreach (var file in Directory.EnumerateFiles(subdirectory, "*", SearchOption.AllDirectories))
            {
                if (file.EndsWith(".tmp", StringComparison.Ordinal))
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
        return new CsvWriter(writer, CsvReportWriter.VerbatimConfig);
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }

    /// <summary>One input's scores.csv, with its columns sorted into metadata and dimensions.</summary>
    private sealed record RunScores(string Directory, IReadOnlyList<string> Metadata, IReadOnlyList<string> Dimensions, IReadOnlyList<Dictionary<string, string>> Rows)
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

            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig);
            if (!csv.Read())
            {
                throw new MergeException($"{path}: empty file (expected a header row)");
            }

            var header = csv.Record!;
            var leading = OutputColumns.ScoresLeading.Count;
            var trailing = OutputColumns.ScoresTrailing.Count;
            if (header.Length < leading + trailing
                || !header.Take(leading).SequenceEqual(OutputColumns.ScoresLeading, StringComparer.Ordinal)
                || !header.TakeLast(trailing).SequenceEqual(OutputColumns.ScoresTrailing, StringComparer.Ordinal))
            {
                throw new MergeException($"{path}:1: not a GovSiteAudit scores.csv header ({string.Join(",", header)})");
            }

            var rows = new List<Dictionary<string, string>>();
            while (csv.Read())
            {
                var record = csv.Record!;
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]] = i < record.Length ? record[i] : "";
                }

                rows.Add(row);
            }

            // Metadata and dimension columns lie between the fixed ones; the dimensions are those indicators.csv names.
            var middle = header[leading..^trailing];
            var dimensionIds = DimensionIds(directory);
            var firstDimension = Array.FindIndex(middle, dimensionIds.Contains);
            var split = firstDimension < 0 ? middle.Length : firstDimension;
            return new RunScores(directory, middle[..split], middle[split..], rows);
        }

        private static HashSet<string> DimensionIds(string directory)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var path = Path.Combine(directory, CsvReportWriter.IndicatorsFileName);
            if (!File.Exists(path))
            {
                return ids;
            }

            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvParser(reader, CsvReportWriter.ReadBackConfig);
            while (csv.Read())
            {
                if (csv.Record is { Length: > 1 } row && csv.Row > 1)
                {
                    ids.Add(row[1]);
                }
            }

            return ids;
        }
    }
}
