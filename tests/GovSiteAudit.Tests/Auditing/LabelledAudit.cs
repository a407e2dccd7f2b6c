using System.Globalization;
using System.Text;
using GovSiteAudit.Cli;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>One human label: site × indicator → expected, with the coder's note.</summary>
internal sealed record Label(string Site, string Indicator, bool Expected, string Note);

/// <summary>What the tool said for one site × indicator, with its evidence.</summary>
internal sealed record Prediction(string Site, string Indicator, bool Found, string Evidence);

/// <summary>
/// Audits labelled fixture sites with the real <c>audit</c> command and compares the output with the labels:
/// per-indicator confusion counts, precision, recall, overall accuracy and Cohen's κ.
/// </summary>
internal static class LabelledAudit
{
    public static List<Label> ReadLabels(string path, string siteColumn)
    {
        return CsvTable.ReadRecords(path)
            .Select(r => new Label(r[siteColumn], r["indicator"], r["expected"] switch
            {
                "1" => true,
                "0" => false,
                var other => throw new InvalidDataException($"{path}: expected 0 or 1 for {r[siteColumn]}/{r["indicator"]}, got '{other}'"),
            }, r.GetValueOrDefault("note", "")))
            .ToList();
    }

    /// <summary>Serves every site folder, audits them all in one run and returns the predictions keyed by site id.</summary>
    public static async Task<List<Prediction>> AuditAsync(IReadOnlyDictionary<string, string> siteFolders, params string[] extraArgs)
    {
        var servers = new Dictionary<string, FixtureServer>();
        var outDir = TempFolder.Create("gsa-labelled-");
        try
        {
            foreach (var (site, folder) in siteFolders)
            {
                servers[site] = await FixtureServer.StartAsync(folder);
            }

            var siteByUrl = servers.ToDictionary(s => s.Value.BaseUrl.AbsoluteUri, s => s.Key);
            string[] args = ["audit", .. siteByUrl.Keys, "--out", outDir, "--allow-private-network", "--concurrency", "4", "-q", .. extraArgs];
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
            Assert.That(code, Is.EqualTo(0), error.ToString());

            var scores = CsvTable.ReadRecords(Path.Combine(outDir, "scores.csv"));
            foreach (var row in scores)
            {
                Assert.That(row["status"], Is.EqualTo("ok"), $"{siteByUrl[row["url"]]}: {row["error"]}");
            }

            return CsvTable.ReadRecords(Path.Combine(outDir, "indicators.csv"))
                .Select(r => new Prediction(siteByUrl[r["url"]], r["indicator"], r["found"] == "true",
                    r["evidence"].Length == 0 ? "" : $"{r["evidence"]} @ {r["evidence_url"]}"))
                .ToList();
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                await server.DisposeAsync();
            }

            TempFolder.Delete(outDir);
        }
    }

    /// <summary>Compares predictions with labels, prints the table and the disagreements, returns the summary.</summary>
    public static Agreement Compare(IReadOnlyList<Label> labels, IReadOnlyList<Prediction> predictions, TextWriter log, string? pairsFile = null)
    {
        var predicted = predictions.ToDictionary(p => (p.Site, p.Indicator));
        var pairs = labels.Select(l => (Label: l, Prediction: predicted.TryGetValue((l.Site, l.Indicator), out var p)
                ? p
                : throw new AssertionException($"no output for {l.Site} × {l.Indicator}")))
            .ToList();

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"indicator",-24} {"TP",3} {"FP",3} {"FN",3} {"TN",3} {"precision",9} {"recall",6}");
        var rows = new List<IndicatorAgreement>();
        foreach (var group in pairs.GroupBy(p => p.Label.Indicator))
        {
            var row = new IndicatorAgreement(group.Key,
                group.Count(p => p.Label.Expected && p.Prediction.Found),
                group.Count(p => !p.Label.Expected && p.Prediction.Found),
                group.Count(p => p.Label.Expected && !p.Prediction.Found),
                group.Count(p => !p.Label.Expected && !p.Prediction.Found));
            rows.Add(row);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Indicator,-24} {row.TruePositives,3} {row.FalsePositives,3} {row.FalseNegatives,3} {row.TrueNegatives,3} {Format(row.Precision),9} {Format(row.Recall),6}");
        }

        var agreement = new Agreement(rows);
        table.AppendLine(CultureInfo.InvariantCulture,
            $"pairs {agreement.Total}, accuracy {agreement.Accuracy:0.0000}, Cohen's kappa {agreement.Kappa:0.0000}");
        log.WriteLine(table.ToString());

        foreach (var (label, prediction) in pairs.Where(p => p.Label.Expected != p.Prediction.Found))
        {
            log.WriteLine(label.Expected
                ? $"FN {label.Site} {label.Indicator}: label note: {label.Note}"
                : $"FP {label.Site} {label.Indicator}: found {prediction.Evidence} | label note: {label.Note}");
        }

        if (pairsFile is not null)
        {
            // Every pair with its evidence, for reviewing true positives as well as disagreements.
            using var writer = new StreamWriter(pairsFile, append: false, new UTF8Encoding(false));
            using var csv = new CsvHelper.CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var header in new[] { "site", "indicator", "expected", "found", "evidence", "note" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var (label, prediction) in pairs)
            {
                foreach (var field in new[] { label.Site, label.Indicator, label.Expected ? "1" : "0", prediction.Found ? "1" : "0", prediction.Evidence, label.Note })
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return agreement;
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>The folder holding GovSiteAudit.sln, found by walking up from the test directory.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovSiteAudit.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

internal sealed record IndicatorAgreement(string Indicator, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN); undefined (null) when there was nothing to find and nothing was found.</summary>
    public double? F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? null
        : 2.0 * TruePositives / ((2 * TruePositives) + FalsePositives + FalseNegatives);
}

internal sealed record Agreement(IReadOnlyList<IndicatorAgreement> Indicators)
{
    private int TruePositives => Indicators.Sum(i => i.TruePositives);
    private int FalsePositives => Indicators.Sum(i => i.FalsePositives);
    private int FalseNegatives => Indicators.Sum(i => i.FalseNegatives);
    private int TrueNegatives => Indicators.Sum(i => i.TrueNegatives);

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Accuracy => (double)(TruePositives + TrueNegatives) / Total;

    /// <summary>
    /// Mean F1 over the indicators whose F1 is defined: an indicator no page has and the tool never finds
    /// (https on pages served over http) says nothing about detection and is left out.
    /// </summary>
    public double? MacroF1
    {
        get
        {
            var defined = Indicators.Select(i => i.F1).OfType<double>().ToList();
            return defined.Count == 0 ? null : defined.Average();
        }
    }

    /// <summary>Cohen's κ between labels and tool over all site × indicator pairs.</summary>
    public double Kappa
    {
        get
        {
            double n = Total;
            var chance = ((TruePositives + FalsePositives) / n * ((TruePositives + FalseNegatives) / n))
                         + ((FalseNegatives + TrueNegatives) / n * ((FalsePositives + TrueNegatives) / n));
            return chance >= 1 ? 1 : (Accuracy - chance) / (1 - chance);
        }
    }
}
