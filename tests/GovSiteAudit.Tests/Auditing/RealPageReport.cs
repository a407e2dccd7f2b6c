using System.Globalization;
using System.Text;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>One labelled page × indicator with the tool's answer.</summary>
internal sealed record LabelledPair(Label Label, Prediction Prediction)
{
    public bool Doubtful => Label.Note.Contains("DOUBTFUL", StringComparison.Ordinal);

    public bool Agrees => Label.Expected == Prediction.Found;
}

/// <summary>
/// Figures for the real-page corpus, split the way an honest estimate needs: training pages (whose errors
/// rules may be tuned on) and the validation fold (whose labels, pages and errors nobody reads while
/// tuning). Only aggregate figures of the fold are ever printed; its per-indicator tables go to a sealed
/// file that is read once, at the end.
/// </summary>
internal static class RealPageReport
{
    /// <summary>
    /// The language group of a real page, by its two-digit id (see ../shared/real-pages/SOURCES.md); pages of
    /// another labelled set are grouped by the country code of their folder name (<see cref="LanguageOfFolder"/>).
    /// </summary>
    public static string LanguageOf(string site)
    {
        var id = int.Parse(site, CultureInfo.InvariantCulture);
        return id switch
        {
            >= 1 and <= 4 or >= 13 and <= 28 => "zh-Hant",
            5 or 6 or 29 or 30 => "zh-Hans",
            <= 42 => "en",
            _ => FolderLanguages.TryGetValue(site, out var language) ? language : "en",
        };
    }

    /// <summary>The page id of a folder "NN-cc-slug" or "NNN-cc-slug": the digits before the first hyphen (blind sets run past 99).</summary>
    public static string IdOfFolder(string folder) => Path.GetFileName(folder)!.Split('-')[0];

    /// <summary>"NN-tw-…" is Traditional Chinese, "NN-cn-…" Simplified, any other country English.</summary>
    public static string LanguageOfFolder(string folderName) => folderName.Split('-') switch
    {
        [_, "tw", ..] => "zh-Hant",
        [_, "cn", ..] => "zh-Hans",
        _ => "en",
    };

    /// <summary>Languages of pages outside the 42 (a held-out set), by id, from their folder names.</summary>
    public static Dictionary<string, string> FolderLanguages { get; } = new(StringComparer.Ordinal);

    public static readonly string[] Languages = ["zh-Hant", "zh-Hans", "en"];

    public static List<LabelledPair> Join(IReadOnlyList<Label> labels, IReadOnlyList<Prediction> predictions)
    {
        var predicted = predictions.ToDictionary(p => (p.Site, p.Indicator));
        return labels.Select(l => new LabelledPair(l, predicted.TryGetValue((l.Site, l.Indicator), out var p)
                ? p
                : throw new InvalidDataException($"no output for {l.Site} × {l.Indicator}")))
            .ToList();
    }

    public static Agreement Summarise(IEnumerable<LabelledPair> pairs) =>
        new(pairs.GroupBy(p => p.Label.Indicator)
            .Select(g => new IndicatorAgreement(g.Key,
                g.Count(p => p.Label.Expected && p.Prediction.Found),
                g.Count(p => !p.Label.Expected && p.Prediction.Found),
                g.Count(p => p.Label.Expected && !p.Prediction.Found),
                g.Count(p => !p.Label.Expected && !p.Prediction.Found)))
            .ToList());

    /// <summary>"pages 28, pairs 868: accuracy 0.9350, κ 0.8660, macro-F1 0.8710 | not DOUBTFUL (850): …".</summary>
    public static string SummaryLine(string title, IReadOnlyList<LabelledPair> pairs)
    {
        var pages = pairs.Select(p => p.Label.Site).Distinct().Count();
        var sure = pairs.Where(p => !p.Doubtful).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{title,-22} pages {pages,2}, pairs {pairs.Count,4}: {Figures(Summarise(pairs))} | not DOUBTFUL ({sure.Count}): {Figures(Summarise(sure))}");
    }

    /// <summary>Overall line and one line per language.</summary>
    public static string Summary(string title, IReadOnlyList<LabelledPair> pairs)
    {
        var text = new StringBuilder();
        text.AppendLine(SummaryLine(title, pairs));
        foreach (var language in Languages)
        {
            var subset = pairs.Where(p => LanguageOf(p.Label.Site) == language).ToList();
            if (subset.Count > 0)
            {
                text.AppendLine(SummaryLine("  " + language, subset));
            }
        }

        return text.ToString();
    }

    public static string Figures(Agreement agreement) =>
        string.Create(CultureInfo.InvariantCulture,
            $"accuracy {agreement.Accuracy:0.0000}, κ {agreement.Kappa:0.0000}, macro-F1 {Format(agreement.MacroF1, "0.0000")}");

    /// <summary>TP/FP/FN/TN, precision, recall and F1 per indicator, with a total line.</summary>
    public static string IndicatorTable(string title, IReadOnlyList<LabelledPair> pairs)
    {
        var agreement = Summarise(pairs);
        var table = new StringBuilder();
        table.AppendLine(title);
        table.AppendLine(CultureInfo.InvariantCulture, $"{"indicator",-24} {"TP",3} {"FP",3} {"FN",3} {"TN",3} {"precision",9} {"recall",6} {"F1",5}");
        foreach (var row in agreement.Indicators)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Indicator,-24} {row.TruePositives,3} {row.FalsePositives,3} {row.FalseNegatives,3} {row.TrueNegatives,3} {Format(row.Precision),9} {Format(row.Recall),6} {Format(row.F1),5}");
        }

        table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"pairs {agreement.Total}: {Figures(agreement)}"));
        return table.ToString();
    }

    /// <summary>One line per disagreement, with the label's note and the tool's evidence.</summary>
    public static string Disagreements(IEnumerable<LabelledPair> pairs)
    {
        var text = new StringBuilder();
        foreach (var (label, prediction) in pairs.Where(p => !p.Agrees).Select(p => (p.Label, p.Prediction)))
        {
            text.AppendLine(label.Expected
                ? $"FN {label.Site} {label.Indicator}: label note: {label.Note}"
                : $"FP {label.Site} {label.Indicator}: found {prediction.Evidence} | label note: {label.Note}");
        }

        return text.ToString();
    }

    /// <summary>Every pair with its evidence, for reviewing true positives as well as disagreements.</summary>
    public static void WritePairs(string path, IEnumerable<LabelledPair> pairs)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvHelper.CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "site", "indicator", "expected", "found", "evidence", "note" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var (label, prediction) in pairs.Select(p => (p.Label, p.Prediction)))
        {
            foreach (var field in new[] { label.Site, label.Indicator, label.Expected ? "1" : "0", prediction.Found ? "1" : "0", prediction.Evidence, label.Note })
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    private static string Format(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
