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
        Description = "Output directory for scores.csv, indicators.csv and sites/*.json (created if missing).",
        HelpName = "DIR",
        DefaultValueFactory = _ => "audit-out",
    };

    public static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "No progress or informational messages on stderr (errors are still shown).",
    };

    /// <summary>Adds a parser error unless the option's value is at least <paramref name="minimum"/>.</summary>
    public static void RequireAtLeast(this Option<int> option, int minimum) =>
        option.Validators.Add(result =>
        {
            // Validators run even when conversion failed; that error is reported on its own.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, got {value}.");
            }
        });

    public static void RequirePositive(this Option<double> option) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value <= 0)
            {
                result.AddError($"{option.Name} must be greater than 0 seconds.");
            }
        });
}
