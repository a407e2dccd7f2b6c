using GovSiteAudit.Cli;

namespace GovSiteAudit.Tests.Support;

/// <summary>The CLI run in this process with its output and error captured (as a user sees them, without a child process).</summary>
internal static class CliInProcess
{
    /// <summary>Runs <c>govsiteaudit ARGS</c>: its exit code, standard output and standard error.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
