using System.Diagnostics;

namespace GovSiteAudit.Crawl;

/// <summary>Finds a browser, or installs one when allowed: Playwright's Chromium first, then the Debian package.</summary>
public static class BrowserProvisioner
{
    internal const string NoBrowserMessage =
        "No Chromium or Chrome browser was found. Either name one with --browser PATH or the GOVSITEAUDIT_BROWSER " +
        "environment variable, or allow the tool to install one (drop --no-install), or install it yourself: " +
        "`apt-get install chromium` or `playwright install chromium`.";

    public static Task<BrowserInfo> EnsureAsync(string? explicitPath, bool allowInstall, TextWriter log, CancellationToken ct) =>
        EnsureAsync(explicitPath, allowInstall, log, Environment.GetEnvironmentVariable, RunInstallers, ct);

    /// <summary>The same, with the environment and the installers replaceable so tests never install anything.</summary>
    internal static async Task<BrowserInfo> EnsureAsync(
        string? explicitPath,
        bool allowInstall,
        TextWriter log,
        Func<string, string?> getEnvironmentVariable,
        Func<TextWriter, CancellationToken, Task> install,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (BrowserLocator.Locate(explicitPath, getEnvironmentVariable) is { } found)
        {
            return found;
        }

        if (!allowInstall)
        {
            throw new BrowserNotFoundException(NoBrowserMessage);
        }

        await install(log, ct).ConfigureAwait(false);
        if (BrowserLocator.Locate(null, getEnvironmentVariable) is { } installed)
        {
            return installed with { Source = "installed" };
        }

        throw new BrowserNotFoundException("Installing a browser did not succeed (see the messages above). " + NoBrowserMessage);
    }

    private static async Task RunInstallers(TextWriter log, CancellationToken ct)
    {
        await log.WriteLineAsync("No Chromium found: installing Playwright's Chromium (`playwright install chromium`)…").ConfigureAwait(false);
        try
        {
            // RunWithResult captures the driver's output instead of inheriting stdout, which carries results.
            var result = await Task.Run(() => new Microsoft.Playwright.Program().RunWithResult(["install", "chromium"]), ct).ConfigureAwait(false);
            if (result.ExitCode == 0)
            {
                return;
            }

            await log.WriteLineAsync($"Playwright could not install Chromium (exit code {result.ExitCode}): {LastLine(result.StandardError)}").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await log.WriteLineAsync($"Playwright could not install Chromium: {e.Message}").ConfigureAwait(false);
        }

        var aptGet = FindOnPath("apt-get");
        if (aptGet is null || !Environment.IsPrivilegedProcess)
        {
            await log.WriteLineAsync("Cannot fall back to `apt-get install chromium`: it needs apt-get and root.").ConfigureAwait(false);
            return;
        }

        await log.WriteLineAsync("Installing the Debian package instead (`apt-get update && apt-get install -y chromium`)…").ConfigureAwait(false);
        if (await RunAsync(aptGet, ["update"], log, ct).ConfigureAwait(false) == 0)
        {
            await RunAsync(aptGet, ["install", "-y", "chromium"], log, ct).ConfigureAwait(false);
        }
    }

    private static string LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static async Task<int> RunAsync(string file, string[] args, TextWriter log, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var gate = new object();
        void Forward(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }
}
