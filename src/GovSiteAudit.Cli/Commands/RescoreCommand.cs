using System.CommandLine;
using System.Globalization;
using GovSiteAudit.Auditing;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Cli.Commands;

/// <summary><c>rescore RUN_DIR</c>: re-detect and re-score saved snapshots with a (new or edited) rubric, offline.</summary>
internal static class RescoreCommand
{
    public static readonly Argument<string> RunDirectoryArgument = new("run-dir")
    {
        Description = "Output directory of an audit run made with --save-snapshots (its snapshots/ folder is read).",
    };

    public static readonly Option<string?> RubricOption = CommonOptions.RubricOption();
    public static readonly Option<bool> QuietOption = CommonOptions.QuietOption();
    public static readonly Option<string[]> FormatOption = ReportOptions.FormatOption();
    public static readonly Option<double?> FailUnderOption = ReportOptions.FailUnderOption();
    public static readonly Option<string[]> FailUnderDimensionOption = ReportOptions.FailUnderDimensionOption();
    public static readonly Option<string?> JUnitOption = ReportOptions.JUnitOption();

    public static readonly Option<string?> OutOption = new("--out", "-o")
    {
        Description = "Output directory for the rescored scores.csv, indicators.csv, sites/*.json (and results.json, report.html). " +
                      "Default: RUN_DIR/rescore. Locked while the command runs: another command given the same directory fails with exit code 2.",
        HelpName = "DIR",
    };

    public static Command Create()
    {
        var command = new Command("rescore",
            "Re-detect and re-score the snapshots saved by 'audit --save-snapshots' with a new or edited rubric, without " +
            "any network access, writing the same outputs as the audit. With the audit's rubric the findings are identical.")
        {
            RunDirectoryArgument,
            RubricOption,
            OutOption,
            FormatOption,
            FailUnderOption,
            FailUnderDimensionOption,
            JUnitOption,
            QuietOption,
        };
        HelpExamples.Add(command,
            "govsiteaudit rescore audit-out --rubric my-rubric.yaml --out rescored",
            "govsiteaudit rescore audit-out --rubric my-rubric.yaml --out rescored --format csv,json,html && govsiteaudit compare audit-out rescored");
        command.SetAction((parseResult, ct) => RunAsync(ToSettings(parseResult), parseResult.InvocationConfiguration, ct));
        return command;
    }

    public static RescoreSettings ToSettings(ParseResult parseResult)
    {
        var runDirectory = parseResult.GetValue(RunDirectoryArgument)!;
        return new RescoreSettings(
            runDirectory,
            parseResult.GetValue(RubricOption),
            parseResult.GetValue(OutOption) ?? Path.Combine(runDirectory, "rescore"),
            ReportOptions.Formats(parseResult.GetValue(FormatOption)),
            ReportOptions.Gate(parseResult.GetValue(FailUnderOption), parseResult.GetValue(FailUnderDimensionOption)),
            parseResult.GetValue(JUnitOption),
            parseResult.GetValue(QuietOption));
    }

    public static async Task<int> RunAsync(RescoreSettings settings, InvocationConfiguration io, CancellationToken ct)
    {
        // A run without snapshots is the likeliest mistake: say so before anything else.
        SnapshotStore.LoadManifest(settings.RunDirectory);
        var rubric = RubricSource.Load(settings.Rubric);
        await RubricSource.WarnAsync(rubric, io.Error);
        settings.Gate?.EnsureDimensionsExist(rubric);
        if (Path.GetFullPath(settings.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar)
            == Path.GetFullPath(SnapshotStore.DirectoryOf(settings.RunDirectory)).TrimEnd(Path.DirectorySeparatorChar))
        {
            await io.Error.WriteLineAsync("error: --out must not be the snapshots folder itself.");
            return ExitCodes.BadInput;
        }

        using var outputLock = OutputDirectory.Lock(settings.OutputDirectory, "rescore");

        RunReport report;
        try
        {
            // Not cancelled from outside: an interrupted rescore still reports the sites it did.
            report = await Task.Run(() => Rescorer.Run(
                new Rescorer.Options(rubric, settings.RunDirectory, settings.OutputDirectory, settings.Formats), TimeProvider.System, ct), CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await io.Error.WriteLineAsync($"error: cannot write to the output directory '{settings.OutputDirectory}': {e.Message}");
            return ExitCodes.BadInput;
        }

        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Rescored {report.Sites.Count} site(s) with rubric '{rubric.Id}' ({rubric.Source}) in {report.ElapsedSeconds:0.0} s."));
        await ReportOptions.ListOutputsAsync(settings.OutputDirectory, settings.Formats, io.Output);
        return await ReportOptions.FinishAsync(report, settings.Gate, settings.JUnitPath, io.Output, io.Error);
    }
}
