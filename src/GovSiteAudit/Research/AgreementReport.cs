using System.Globalization;
using System.Text;
using CsvHelper;

namespace GovSiteAudit.Research;

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
        using var csv = new CsvWriter(writer, CsvSettings.Verbatim);
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
