using System.CommandLine;
using GovSiteAudit.Auditing;
using GovSiteAudit.Reporting;

namespace GovSiteAudit.Cli.Commands;

/// <summary><c>merge</c>: one set of outputs from the shards of a list audited on several machines.</summary>
internal static class MergeCommand
{
    public static readonly Argument<string[]> InputsArgument = new("directories")
    {
        Description = "Output directories of audit runs to combine (e.g. one per --shard).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<string> OutOption = new("--out", "-o")
    {
        Description = "Directory for the merged scores.csv, indicators.csv, run.json and per-site files: a new or empty directory, " +
                      "outside every input. Locked while the command runs.",
        HelpName = "DIR",
        Required = true,
    };

    public static Command Create()
    {
        var command = new Command("merge",
            "Combine the outputs of several audit runs (the shards of one list) into one set of files: scores.csv rows " +
            "(input columns unioned), indicators.csv rows and sites/*.json (and any other per-site files). The runs must use " +
            "the same rubric (the fingerprint in their run.json); a URL audited twice is kept once, with a warning.")
        {
            InputsArgument,
            OutOption,
        };
        HelpExamples.Add(command,
            "govsiteaudit merge shard-1 shard-2 shard-3 shard-4 --out all",
            "govsiteaudit merge results/shard-* --out merged");
        command.SetAction(async (parseResult, ct) =>
        {
            var io = parseResult.InvocationConfiguration;
            var inputs = parseResult.GetValue(InputsArgument) ?? [];
            var output = parseResult.GetValue(OutOption)!;
            // Before the lock, which creates the directory: an --out inside an input must not be made at all.
            RunMerger.CheckPlacement(inputs, output);
            using var outputLock = OutputDirectory.Lock(output, "merge");

            MergeSummary summary;
            try
            {
                summary = RunMerger.Merge(inputs, output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await io.Error.WriteLineAsync($"error: cannot merge into '{output}': {e.Message}");
                return ExitCodes.BadInput;
            }

            foreach (var warning in summary.Warnings)
            {
                await io.Error.WriteLineAsync($"warning: {warning}");
            }

            await io.Output.WriteLineAsync($"Merged {summary.Sites} site(s) from {summary.Inputs} run(s):");
            await io.Output.WriteLineAsync($"  {Path.Combine(output, CsvReportWriter.ScoresFileName)}");
            await io.Output.WriteLineAsync($"  {Path.Combine(output, CsvReportWriter.IndicatorsFileName)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
