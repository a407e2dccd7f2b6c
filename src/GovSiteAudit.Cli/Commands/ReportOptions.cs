using System.CommandLine;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The report and CI-gate options shared by <c>audit</c> and <c>rescore</c>, and their mapping.</summary>
internal static class ReportOptions
{
    private static readonly string[] FormatNames = ["csv", "json", "html"];

    public static Option<string[]> FormatOption()
    {
        var option = new Option<string[]>("--format")
        {
            Description = "Output formats, comma-separated or repeated: csv (scores.csv, indicators.csv; always written), " +
                          "json (results.json, see src/GovSiteAudit/Reporting/results.schema.json), html (report.html, self-contained).",
            HelpName = "csv,json,html",
            DefaultValueFactory = _ => ["csv"],
        };
        option.Validators.Add(result =>
        {
            foreach (var name in result.Tokens.SelectMany(t => SplitFormats(t.Value)))
            {
                if (!FormatNames.Contains(name))
                {
                    result.AddError($"--format: unknown format '{name}' (expected csv, json or html, e.g. --format csv,json,html).");
                }
            }
        });
        return option;
    }

    public static Option<double?> FailUnderOption()
    {
        var option = new Option<double?>("--fail-under")
        {
            Description = "Exit with code 3 (after writing every output) when a site's total score is below SCORE (0–100); each such site is named on stderr.",
            HelpName = "SCORE",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && CommonOptions.ParsedNumber(result.Tokens[0].Value) is { } value && !CommonOptions.IsScore(value))
            {
                result.AddError($"--fail-under must be a score from 0 to 100, got {result.Tokens[0].Value}.");
            }
        });
        return option;
    }

    public static Option<string[]> FailUnderDimensionOption()
    {
        var option = new Option<string[]>("--fail-under-dimension")
        {
            Description = "Exit with code 3 when a site's score on dimension ID is below SCORE (0–100). Repeatable: " +
                          "--fail-under-dimension security=60 --fail-under-dimension usability=40.",
            HelpName = "ID=SCORE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (ParseThreshold(token.Value) is null)
                {
                    result.AddError($"--fail-under-dimension: '{token.Value}' is not ID=SCORE with a score from 0 to 100 (e.g. security=60).");
                }
            }
        });
        return option;
    }

    public static Option<string?> JUnitOption() => new("--junit")
    {
        Description = "Also write a JUnit XML file for CI test reporters: one test case per site × dimension (and total), " +
                      "failed when below a --fail-under threshold.",
        HelpName = "FILE",
    };

    public static ReportFormats Formats(IEnumerable<string>? values)
    {
        var formats = ReportFormats.Csv;
        foreach (var name in (values ?? []).SelectMany(SplitFormats))
        {
            formats |= name switch
            {
                "json" => ReportFormats.Json,
                "html" => ReportFormats.Html,
                _ => ReportFormats.Csv,
            };
        }
        return formats;
    }

    /// <summary>Null when no threshold was given, so settings without a gate compare equal.</summary>
    public static QualityGate? Gate(double? failUnder, IEnumerable<string>? dimensionThresholds)
    {
        var byDimension = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, score) in (dimensionThresholds ?? []).Select(ParseThreshold).OfType<(string, double)>())
        {
            byDimension[id] = score;
        }
        return failUnder is null && byDimension.Count == 0 ? null : new QualityGate(failUnder, byDimension);
    }

    internal static (string Id, double Score)? ParseThreshold(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }
        var id = value[..equals].Trim();
        return id.Length > 0 && CommonOptions.ParsedNumber(value[(equals + 1)..].Trim()) is { } score && CommonOptions.IsScore(score)
            ? (id, score)
            : null;
    }

    private static IEnumerable<string> SplitFormats(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant());

    /// <summary>
    /// Writes the JUnit file, names every site/dimension below its threshold on stderr, and picks the exit code: 130 for
    /// an interrupted run (whose reports hold the sites it finished), else 3 when the gate failed, else 0.
    /// </summary>
    public static async Task<int> FinishAsync(RunReport report, QualityGate? gate, string? junitPath, TextWriter output, TextWriter error)
    {
        if (junitPath is not null)
        {
            JUnitWriter.Write(junitPath, report, gate);
            await output.WriteLineAsync($"  {junitPath}");
        }
        if (report.Interrupted)
        {
            await error.WriteLineAsync(
                $"Interrupted: the outputs above hold the {report.Sites.Count} site(s) finished before the signal; no quality gate was judged.");
            return ExitCodes.Cancelled;
        }
        var violations = gate?.Check(report.Sites) ?? [];
        if (violations.Count == 0)
        {
            return ExitCodes.Success;
        }
        foreach (var violation in violations)
        {
            await error.WriteLineAsync($"below threshold: {violation}");
        }
        await error.WriteLineAsync($"Quality gate failed: {violations.Count} score(s) below threshold in {violations.Select(v => v.Url).Distinct().Count()} site(s).");
        return ExitCodes.BelowThreshold;
    }

    public static async Task ListOutputsAsync(string directory, ReportFormats formats, TextWriter output)
    {
        await output.WriteLineAsync($"  {Path.Combine(directory, CsvReportWriter.ScoresFileName)}");
        await output.WriteLineAsync($"  {Path.Combine(directory, CsvReportWriter.IndicatorsFileName)}");
        await output.WriteLineAsync($"  {Path.Combine(directory, SiteJsonWriter.SitesDirectoryName)}{Path.DirectorySeparatorChar}");
        if (formats.HasFlag(ReportFormats.Json))
        {
            await output.WriteLineAsync($"  {Path.Combine(directory, ResultsJsonWriter.FileName)}");
        }
        if (formats.HasFlag(ReportFormats.Html))
        {
            await output.WriteLineAsync($"  {Path.Combine(directory, HtmlReportWriter.FileName)}");
        }
    }
}
