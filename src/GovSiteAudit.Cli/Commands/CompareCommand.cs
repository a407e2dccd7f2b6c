using System.CommandLine;
using GovSiteAudit.Reporting;
using GovSiteAudit.Research;

namespace GovSiteAudit.Cli.Commands;

/// <summary><c>compare OLD_DIR NEW_DIR</c>: what changed between two runs, for scheduled jobs that watch agencies.</summary>
internal static class CompareCommand
{
    public static readonly Argument<string> OldArgument = new("old-dir") { Description = "The earlier run's output directory (audit or rescore)." };
    public static readonly Argument<string> NewArgument = new("new-dir") { Description = "The later run's output directory." };

    public static readonly Option<string?> CsvOption = new("--csv")
    {
        Description = "Where to write compare.csv (one row per change). Default: NEW_DIR/compare.csv.",
        HelpName = "FILE",
    };

    public static Command Create()
    {
        var command = new Command("compare",
            "Compare two runs: which sites gained or lost which indicators and how each dimension and the total moved. " +
            "Prints a table and writes compare.csv.")
        {
            OldArgument,
            NewArgument,
            CsvOption,
        };
        HelpExamples.Add(command, "govsiteaudit compare runs/2025-01 runs/2025-02", "govsiteaudit compare audit-out audit-out/rescore --csv changes.csv");
        command.SetAction((parseResult, ct) => RunAsync(ToSettings(parseResult), parseResult.InvocationConfiguration));
        return command;
    }

    public static CompareSettings ToSettings(ParseResult parseResult)
    {
        var newDirectory = parseResult.GetValue(NewArgument)!;
        return new CompareSettings(parseResult.GetValue(OldArgument)!, newDirectory,
            parseResult.GetValue(CsvOption) ?? Path.Combine(newDirectory, RunComparison.FileName));
    }

    public static async Task<int> RunAsync(CompareSettings settings, InvocationConfiguration io)
    {
        var comparison = RunComparison.Compare(RunReader.Read(settings.OldDirectory), RunReader.Read(settings.NewDirectory));
        await io.Output.WriteAsync(comparison.FormatTable());
        try
        {
            comparison.WriteCsv(settings.CsvPath);
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
