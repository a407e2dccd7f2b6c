using System.CommandLine;
using System.Globalization;

namespace GovSiteAudit.Cli.Commands;

/// <summary>Options shared by several commands, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> RubricOption() => new("--rubric")
    {
        Description = "Rubric file (YAML or JSON) or a built-in rubric name (crm-egov, us-federal). Default: the built-in crm-egov rubric.",
        HelpName = "FILE",
    };

    public static Option<string> OutOption() => new("--out", "-o")
    {
        Description = "Output directory for scores.csv, indicators.csv, sites/*.json and, with --format, results.json and report.html (created if missing). " +
                      "Locked while the command runs: another command given the same directory fails with exit code 2.",
        HelpName = "DIR",
        DefaultValueFactory = _ => "audit-out",
    };

    public static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "No progress or informational messages on stderr (errors are still shown).",
    };

    /// <summary>Adds a parser error unless the option's value lies in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static void RequireRange(this Option<int> option, int minimum, int maximum) =>
        option.Validators.Add(result =>
        {
            // Validators run even when conversion failed (a word, a number too big for an int); System.CommandLine
            // reports that one itself, with the value.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && (value < minimum || value > maximum))
            {
                result.AddError($"{option.Name} must be a whole number from {minimum} to {maximum}, got {value}.");
            }
        });

    /// <summary>
    /// Adds a parser error unless the option's value is a finite number of seconds, above 0 (or from 0 with
    /// <paramref name="allowZero"/>) and at most <paramref name="maximum"/>. NaN and infinities compare false with
    /// everything, so they are refused by name: a NaN timeout would otherwise fail deep in the run.
    /// </summary>
    public static void RequireSeconds(this Option<double> option, double maximum, bool allowZero = false) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && ParsedNumber(result.Tokens[0].Value) is { } value
                && !(double.IsFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= maximum))
            {
                var lower = allowZero ? "0 or more" : "greater than 0";
                result.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"{option.Name} must be a number of seconds {lower} and at most {maximum}, got '{result.Tokens[0].Value}'."));
            }
        });

    /// <summary>
    /// The number System.CommandLine will read from <paramref name="token"/> (invariant culture, as it parses), or null
    /// when it is not a number at all — that error is System.CommandLine's to report.
    /// </summary>
    public static double? ParsedNumber(string token) =>
        double.TryParse(token, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A score threshold: a finite number from 0 to 100 (NaN would switch a gate off without a word).</summary>
    public static bool IsScore(double value) => double.IsFinite(value) && value is >= 0 and <= 100;
}
