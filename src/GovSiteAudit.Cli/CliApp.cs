using System.CommandLine;
using GovSiteAudit.Cli.Commands;

namespace GovSiteAudit.Cli;

/// <summary>Builds the command tree and runs it; tests call this with their own writers.</summary>
internal static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "GovSiteAudit scores government websites on how citizen-centred they are: it crawls each site in " +
            "headless Chromium, detects the indicators of a rubric (FAQ, site search, e-mail contact, login, " +
            "HTTPS, privacy notice …) and writes per-dimension scores with the evidence behind every finding.");
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(RescoreCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(AgreementCommand.Create());
        root.Subcommands.Add(RubricCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        HelpExamples.Install(root);
        HelpExamples.Add(root,
            "govsiteaudit audit https://www.taichung.gov.tw",
            "govsiteaudit audit samples/tw-local.csv --out audit-out",
            "govsiteaudit rescore audit-out --rubric my-rubric.yaml --out rescored",
            "govsiteaudit compare runs/2025-01 runs/2025-02",
            "govsiteaudit rubric list");
        return root;
    }

    public static ParseResult Parse(string[] args) => CreateRootCommand().Parse(args);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        output = TerminalSafeWriter.Wrap(output);
        error = TerminalSafeWriter.Wrap(error);
        var parseResult = Parse(args);
        // Our own handler below prints one line instead of System.CommandLine's stack trace.
        // Signals are ours (Program.cs): System.CommandLine's own handling would end the process before the reports are written.
        var configuration = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        if (parseResult.Errors.Count > 0 && parseResult.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            // Parse errors are bad input: exit 2 with each error on its own line, and where to get help.
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }
            await error.WriteLineAsync($"Run '{CommandPath(parseResult)} --help' for usage and examples.");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parseResult.InvokeAsync(configuration, ct);
        }
        catch (InputException e)
        {
            // The one place input errors become an answer: each problem on its own line, then the exit code.
            foreach (var problem in e.Problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }
            if (e.Conclusion is { } conclusion)
            {
                await error.WriteLineAsync(conclusion);
            }
            return ExitCodes.For(e);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Interrupted before any site was under way (while reading the input or starting the browser).
            await error.WriteLineAsync("Interrupted; results of finished sites are already written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Typically the output disk filled up or became read-only mid-run; finished rows are already flushed.
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync("What was written before this error is complete and valid.");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: internal error ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("GOVSITEAUDIT_DEBUG") == "1")
            {
                await error.WriteLineAsync(e.ToString());
            }
            else
            {
                await error.WriteLineAsync("Set GOVSITEAUDIT_DEBUG=1 for details, and please report it.");
            }
            return ExitCodes.InternalError;
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "govsiteaudit" : result.Command.Name);
        }
        return string.Join(' ', names);
    }
}
