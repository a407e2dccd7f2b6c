using System.CommandLine;
using System.Globalization;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Cli.Commands;

/// <summary><c>rubric validate</c> and <c>rubric list</c>: for people who write and edit rubrics.</summary>
internal static class RubricCommand
{
    public static Command Create()
    {
        var command = new Command("rubric", "Check and inspect rubric files (dimensions → indicators → detection rules).");
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateExplain());
        HelpExamples.Add(command, "govsiteaudit rubric validate rubrics/crm-egov.yaml", "govsiteaudit rubric list rubrics/us-federal.yaml",
            "govsiteaudit rubric explain crm-egov faq");
        return command;
    }

    private static Argument<string?> FileArgument(bool optional) => new("file")
    {
        Description = optional
            ? "Rubric file (YAML or JSON) or built-in name; default: the built-in crm-egov rubric."
            : "Rubric file (YAML or JSON) or built-in name (crm-egov, us-federal).",
        Arity = optional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
    };

    private static Command CreateValidate()
    {
        var file = FileArgument(optional: false);
        var command = new Command("validate", "Check a rubric and report every error with file, line and column (exit code 2 when invalid). " +
            "Warnings (a regex with a nested quantifier such as (a+)+) are shown too; they leave the rubric valid (exit code 0).") { file };
        HelpExamples.Add(command, "govsiteaudit rubric validate my-rubric.yaml");
        command.SetAction((parseResult, ct) => WithRubricAsync(parseResult, file, async (rubric, io) =>
        {
            await RubricSource.WarnAsync(rubric, io.Error);
            var warned = rubric.Warnings.Count == 0 ? "" : $" ({rubric.Warnings.Count} warning(s))";
            await io.Output.WriteLineAsync(
                $"{rubric.Source}: valid rubric '{rubric.Id}' with {rubric.Dimensions.Count} dimensions and {rubric.AllIndicators.Count()} indicators{warned}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateList()
    {
        var file = FileArgument(optional: true);
        var command = new Command("list", "Print a table of the rubric's dimensions, indicators and weights.") { file };
        HelpExamples.Add(command, "govsiteaudit rubric list", "govsiteaudit rubric list rubrics/us-federal.yaml");
        command.SetAction((parseResult, ct) => WithRubricAsync(parseResult, file, async (rubric, io) =>
        {
            await io.Output.WriteAsync(FormatTable(rubric));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateExplain()
    {
        var file = FileArgument(optional: false);
        var indicatorArgument = new Argument<string?>("indicator")
        {
            Description = "Indicator id to explain; all indicators when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("explain", "Print each indicator's meaning and detection rules in plain words.") { file, indicatorArgument };
        HelpExamples.Add(command, "govsiteaudit rubric explain rubrics/crm-egov.yaml", "govsiteaudit rubric explain crm-egov site_search");
        command.SetAction((parseResult, ct) => WithRubricAsync(parseResult, file, async (rubric, io) =>
        {
            var wanted = parseResult.GetValue(indicatorArgument);
            var selected = rubric.AllIndicators.Where(x => wanted is null || string.Equals(x.Indicator.Id, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (selected.Count == 0)
            {
                await io.Error.WriteLineAsync(
                    $"error: no indicator '{wanted}' in {rubric.Source}; its indicators are: {string.Join(", ", rubric.AllIndicators.Select(x => x.Indicator.Id))}");
                return ExitCodes.BadInput;
            }
            await io.Output.WriteAsync(Explain(selected));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Loads the rubric named by the argument and runs <paramref name="action"/>; an invalid rubric is reported by CliApp, exit 2.</summary>
    private static async Task<int> WithRubricAsync(ParseResult parseResult, Argument<string?> file, Func<Rubric, InvocationConfiguration, Task<int>> action)
    {
        var io = parseResult.InvocationConfiguration;
        return await action(RubricSource.Load(parseResult.GetValue(file)), io);
    }

    public static string Explain(IEnumerable<(Dimension Dimension, Indicator Indicator)> indicators)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var (dimension, indicator) in indicators)
        {
            writer.WriteLine($"{indicator.Id} — {indicator.Name}");
            writer.WriteLine($"  dimension: {dimension.Id} ({dimension.Name}); weight {Number(indicator.Weight)} of {Number(dimension.Indicators.Sum(i => i.Weight))}");
            if (!string.IsNullOrWhiteSpace(indicator.Description))
            {
                writer.WriteLine($"  meaning: {indicator.Description.Trim().ReplaceLineEndings(" ")}");
            }
            writer.WriteLine("  found when:");
            foreach (var line in RuleDescription.Describe(indicator.Rule).Split('\n'))
            {
                writer.WriteLine("    " + line);
            }
            writer.WriteLine();
        }
        return writer.ToString();
    }

    public static string FormatTable(Rubric rubric)
    {
        var rows = new List<string[]> { new[] { "dimension", "dim. weight", "indicator", "weight", "name" } };
        foreach (var dimension in rubric.Dimensions)
        {
            foreach (var indicator in dimension.Indicators)
            {
                rows.Add([dimension.Id, Number(dimension.Weight), indicator.Id, Number(indicator.Weight), indicator.Name]);
            }
        }
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => DisplayWidth(r[i]))).ToArray();
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine($"{rubric.Name} ({rubric.Id}, {rubric.Source})");
        foreach (var row in rows)
        {
            for (var i = 0; i < 4; i++)
            {
                writer.Write(row[i]);
                writer.Write(new string(' ', widths[i] - DisplayWidth(row[i]) + 2));
            }
            writer.WriteLine(row[4]);
        }
        return writer.ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>CJK characters take two columns in a terminal.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)) ? 2 : 1);
}
