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
        root.Subcommands.Add(RubricCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        HelpExamples.Install(root);
        HelpExamples.Add(root,
            "govsiteaudit audit https://www.taichung.gov.tw",
            "govsiteaudit audit samples/tw-local.csv --out audit-out",
            "govsiteaudit rubric list");
        return root;
    }

    public static ParseResult Parse(string[] args) => CreateRootCommand().Parse(args);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var parseResult = Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
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
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Interrupted; results of finished sites are already written.");
            return ExitCodes.Cancelled;
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
