using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GovSiteAudit.Cli.Commands;

/// <summary>Adds an "Examples:" section (and the exit codes) after the standard help of each command.</summary>
internal static class HelpExamples
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, string[]> Examples = new();

    public static void Add(Command command, params string[] examples) => Examples.AddOrUpdate(command, examples);

    public static void Install(RootCommand root)
    {
        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new HelpWithExamplesAction((HelpAction)helpOption.Action!);
    }

    private sealed class HelpWithExamplesAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (Examples.TryGetValue(command, out var examples))
            {
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }
                output.WriteLine();
            }
            output.WriteLine(ExitCodes.Documentation);
            return ExitCodes.Success;
        }
    }
}
