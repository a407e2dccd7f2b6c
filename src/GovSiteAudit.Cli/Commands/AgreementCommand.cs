using System.CommandLine;
using GovSiteAudit.Reporting;
using GovSiteAudit.Research;

namespace GovSiteAudit.Cli.Commands;

/// <summary><c>agreement RUN_DIR HUMAN.csv</c>: how well the tool agrees with a human coder (precision, recall, F1, Cohen's κ).</summary>
internal static class AgreementCommand
{
    public static readonly Argument<string> RunArgument = new("run-dir") { Description = "The run's output directory (audit or rescore)." };

    public static readonly Argument<string> HumanArgument = new("human-csv")
    {
        Description = "A human coder's labels: columns url, indicator, found (true/false, 1/0 or yes/no; blank = not coded) — " +
                      "e.g. a copy of indicators.csv with the found column filled in by hand.",
    };

    public static readonly Option<string?> CsvOption = new("--csv")
    {
        Description = "Where to write agreement.csv (per indicator, per dimension and overall). Default: RUN_DIR/agreement.csv.",
        HelpName = "FILE",
    };

    public static Command Create()
    {
        var command = new Command("agreement",
            "Agreement between the tool and a human coder's site × indicator labels: per-indicator precision, recall and F1, " +
            "and Cohen's κ per indicator, per dimension and overall.")
        {
            RunArgument,
            HumanArgument,
            CsvOption,
        };
        HelpExamples.Add(command, "govsiteaudit agreement audit-out coder-a.csv");
        command.SetAction((parseResult, ct) => RunAsync(ToSettings(parseResult), parseResult.InvocationConfiguration));
        return command;
    }

    public static AgreementSettings ToSettings(ParseResult parseResult)
    {
        var runDirectory = parseResult.GetValue(RunArgument)!;
        return new AgreementSettings(runDirectory, parseResult.GetValue(HumanArgument)!,
            parseResult.GetValue(CsvOption) ?? Path.Combine(runDirectory, AgreementReport.FileName));
    }

    public static async Task<int> RunAsync(AgreementSettings settings, InvocationConfiguration io)
    {
        var report = Agreement.Compute(RunReader.Read(settings.RunDirectory), settings.HumanCsv);
        foreach (var warning in report.Warnings)
        {
            await io.Error.WriteLineAsync($"warning: {warning}");
        }
        if (report.Overall.N == 0)
        {
            await io.Error.WriteLineAsync($"error: no coded row of {settings.HumanCsv} matches a site × indicator of {settings.RunDirectory}; nothing to compare.");
            return ExitCodes.BadInput;
        }
        await io.Output.WriteAsync(report.FormatTable());
        try
        {
            report.WriteCsv(settings.CsvPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await io.Error.WriteLineAsync($"error: cannot write '{settings.CsvPath}': {e.Message}");
            return ExitCodes.BadInput;
        }
        await io.Output.WriteLineAsync($"  {settings.CsvPath}");
        return ExitCodes.Success;
    }
}
