using System.Globalization;
using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Research;

/// <summary>
/// A 2×2 table of tool verdicts against a human coder's, taking the human as the reference: TP = both found,
/// FP = tool only, FN = human only, TN = neither.
/// </summary>
public sealed record Confusion(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public int N => TruePositive + FalsePositive + FalseNegative + TrueNegative;

    public static Confusion operator +(Confusion a, Confusion b) => new(
        a.TruePositive + b.TruePositive, a.FalsePositive + b.FalsePositive, a.FalseNegative + b.FalseNegative, a.TrueNegative + b.TrueNegative);

    public static Confusion Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Observed agreement p<sub>o</sub>; null when there is nothing to compare.</summary>
    public double? ObservedAgreement => N == 0 ? null : (TruePositive + TrueNegative) / (double)N;

    /// <summary>TP / (TP + FP); null when the tool found nothing (undefined).</summary>
    public double? Precision => TruePositive + FalsePositive == 0 ? null : TruePositive / (double)(TruePositive + FalsePositive);

    /// <summary>TP / (TP + FN); null when the coder found nothing (undefined).</summary>
    public double? Recall => TruePositive + FalseNegative == 0 ? null : TruePositive / (double)(TruePositive + FalseNegative);

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    /// <summary>
    /// Cohen's κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), p<sub>e</sub> from each rater's marginal rate of "found".
    /// When p<sub>e</sub> = 1 both raters gave every item the same single label, so they agree perfectly: κ is defined as 1
    /// (the formula would be 0/0). Null when there are no items.
    /// </summary>
    public double? Kappa
    {
        get
        {
            if (N == 0)
            {
                return null;
            }
            double n = N;
            var po = (TruePositive + TrueNegative) / n;
            var toolYes = (TruePositive + FalsePositive) / n;
            var humanYes = (TruePositive + FalseNegative) / n;
            var pe = toolYes * humanYes + (1 - toolYes) * (1 - humanYes);
            return pe >= 1 - 1e-12 ? 1 : (po - pe) / (1 - pe);
        }
    }
}

public sealed record IndicatorAgreement(string Dimension, string Indicator, Confusion Counts);

/// <summary>Agreement between the tool and a human coder over the site × indicator pairs both labelled.</summary>
public sealed record AgreementReport(
    IReadOnlyList<IndicatorAgreement> Indicators,
    IReadOnlyList<(string Dimension, Confusion Counts)> Dimensions,
    Confusion Overall,
    int HumanRows,
    IReadOnlyList<string> Warnings)
{
    public const string FileName = "agreement.csv";

    public void WriteCsv(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, CellGuard.PlainConfig);
        string[] header = ["scope", "dimension", "indicator", "n", "tp", "fp", "fn", "tn", "agreement", "precision", "recall", "f1", "kappa"];
        void Row(string scope, string dimension, string indicator, Confusion c)
        {
            string[] cells = [scope, dimension, indicator, Int(c.N), Int(c.TruePositive), Int(c.FalsePositive), Int(c.FalseNegative), Int(c.TrueNegative),
                Num(c.ObservedAgreement), Num(c.Precision), Num(c.Recall), Num(c.F1), Num(c.Kappa)];
            foreach (var cell in cells)
            {
                csv.WriteField(CellGuard.Escape(cell));
            }
            csv.NextRecord();
        }
        foreach (var cell in header)
        {
            csv.WriteField(cell);
        }
        csv.NextRecord();
        foreach (var indicator in Indicators)
        {
            Row("indicator", indicator.Dimension, indicator.Indicator, indicator.Counts);
        }
        foreach (var (dimension, counts) in Dimensions)
        {
            Row("dimension", dimension, "", counts);
        }
        Row("overall", "", "", Overall);
    }

    public string FormatTable()
    {
        var rows = new List<string[]> { new[] { "dimension", "indicator", "n", "tp", "fp", "fn", "tn", "precision", "recall", "f1", "kappa" } };
        rows.AddRange(Indicators.Select(i => Cells(i.Dimension, i.Indicator, i.Counts)));
        rows.Add(new string[11]);
        rows.AddRange(Dimensions.Select(d => Cells(d.Dimension, "(all)", d.Counts)));
        rows.Add(Cells("(overall)", "", Overall));
        var widths = Enumerable.Range(0, 11).Select(i => rows.Max(r => (r[i] ?? "").Length)).ToArray();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{Overall.N} site × indicator pairs compared ({HumanRows} coded by the human). Overall Cohen's κ = {Num(Overall.Kappa)}, agreement = {Num(Overall.ObservedAgreement)}.\n");
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((c, i) => i < 2 ? (c ?? "").PadRight(widths[i]) : (c ?? "").PadLeft(widths[i]))).TrimEnd()).Append('\n');
        }
        return text.ToString();

        static string[] Cells(string dimension, string indicator, Confusion c) =>
            [dimension, indicator, Int(c.N), Int(c.TruePositive), Int(c.FalsePositive), Int(c.FalseNegative), Int(c.TrueNegative),
             Num(c.Precision), Num(c.Recall), Num(c.F1), Num(c.Kappa)];
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>A human coding file that cannot be used: missing, no url/indicator/found column, or a value that is not a yes/no.</summary>
public sealed class AgreementException(string message) : InputException(message);

/// <summary>
/// Compares the tool's site × indicator verdicts with a human coder's (<c>url</c>, <c>indicator</c>, <c>found</c>
/// as true/false, 1/0 or yes/no — a filled-in copy of indicators.csv): precision, recall and F1 per indicator,
/// Cohen's κ per indicator, per dimension and overall — the validity figures a paper reports.
/// </summary>
public static class Agreement
{
    /// <summary>A blank <c>found</c> means "not coded" and is skipped.</summary>
    public static bool? ParseLabel(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "y" or "t" => true,
        "false" or "0" or "no" or "n" or "f" => false,
        "" => null,
        _ => throw new FormatException(value),
    };

    public static AgreementReport Compute(RunData tool, string humanCsvPath)
    {
        var warnings = new List<string>();
        var scored = tool.Sites.Where(s => s.Total is not null).Select(s => Key(s.Url)).ToHashSet(StringComparer.Ordinal);
        var toolRows = new Dictionary<(string Url, string Indicator), IndicatorRow>();
        foreach (var row in tool.Indicators)
        {
            toolRows[(Key(row.Url), row.Indicator)] = row;
        }
        var counts = new Dictionary<(string Dimension, string Indicator), Confusion>();
        var humanRows = 0;
        var unread = 0;
        IEnumerable<(int Line, Func<string, string> Get)> records;
        try
        {
            records = RunReader.Records(humanCsvPath, ["url", "indicator", "found"]).ToList();
        }
        catch (RunReadException e)
        {
            throw new AgreementException(e.Message + " — expected columns url, indicator, found (true/false, 1/0 or yes/no), like indicators.csv");
        }
        var seen = new HashSet<(string, string)>();
        foreach (var (line, get) in records)
        {
            bool? human;
            try
            {
                human = ParseLabel(get("found"));
            }
            catch (FormatException)
            {
                throw new AgreementException($"{humanCsvPath}:{line}: 'found' is '{get("found")}', expected true/false, 1/0 or yes/no (or blank for not coded)");
            }
            if (human is null)
            {
                continue;
            }
            humanRows++;
            var key = (Key(get("url")), get("indicator"));
            if (!seen.Add(key))
            {
                warnings.Add($"{humanCsvPath}:{line}: {get("url")} {get("indicator")} is coded twice; the first label is used");
                continue;
            }
            if (!toolRows.TryGetValue(key, out var toolRow))
            {
                warnings.Add($"{humanCsvPath}:{line}: the run has no verdict for {get("url")} {get("indicator")}; skipped");
                continue;
            }
            if (!scored.Contains(key.Item1))
            {
                unread++;
                continue;
            }
            var cell = (toolRow.Found, human.Value) switch
            {
                (true, true) => new Confusion(1, 0, 0, 0),
                (true, false) => new Confusion(0, 1, 0, 0),
                (false, true) => new Confusion(0, 0, 1, 0),
                _ => new Confusion(0, 0, 0, 1),
            };
            var id = (toolRow.Dimension, toolRow.Indicator);
            counts[id] = counts.GetValueOrDefault(id, Confusion.Empty) + cell;
        }
        if (unread > 0)
        {
            warnings.Add($"{unread} coded pair(s) are for sites the tool could not read (no score); left out");
        }

        // Report in the run's order of dimensions and indicators.
        var order = tool.Indicators.Select(i => (i.Dimension, i.Indicator)).Distinct().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var indicators = counts.OrderBy(c => order.GetValueOrDefault(c.Key, int.MaxValue))
            .Select(c => new IndicatorAgreement(c.Key.Dimension, c.Key.Indicator, c.Value)).ToList();
        var dimensions = indicators.GroupBy(i => i.Dimension)
            .Select(g => (g.Key, g.Aggregate(Confusion.Empty, (sum, i) => sum + i.Counts))).ToList();
        var overall = indicators.Aggregate(Confusion.Empty, (sum, i) => sum + i.Counts);
        return new AgreementReport(indicators, dimensions, overall, humanRows, warnings);
    }

    /// <summary>URLs as the audit normalises them, so "www.a.gov.tw" in a coder's sheet matches "https://www.a.gov.tw/".</summary>
    private static string Key(string url) => TargetListReader.NormalizeUrl(url).Url ?? url.Trim();
}
