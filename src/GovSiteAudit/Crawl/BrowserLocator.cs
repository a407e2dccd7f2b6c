using System.Globalization;

namespace GovSiteAudit.Crawl;

/// <summary>Finds a Chromium-family browser without installing anything.</summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "GOVSITEAUDIT_BROWSER";

    private static readonly string[] PathNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>
    /// In order: <paramref name="explicitPath"/> (must exist), <c>GOVSITEAUDIT_BROWSER</c> (must exist), the newest
    /// Playwright-installed Chromium (<c>PLAYWRIGHT_BROWSERS_PATH</c> or <c>~/.cache/ms-playwright</c>), then
    /// chromium, chromium-browser, google-chrome, google-chrome-stable on PATH. Null when none is found.
    /// </summary>
    /// <exception cref="BrowserNotFoundException">The explicit path or the environment variable names a missing file.</exception>
    public static BrowserInfo? Locate(string? explicitPath, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Existing(explicitPath, "--browser")
                ?? throw new BrowserNotFoundException($"The browser given with --browser does not exist or is not executable: {explicitPath}");
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Existing(fromEnvironment, EnvironmentVariable)
                ?? throw new BrowserNotFoundException($"The browser named by {EnvironmentVariable} does not exist or is not executable: {fromEnvironment}");
        }

        return FromPlaywrightCache(getEnvironmentVariable) ?? FromPath(getEnvironmentVariable("PATH"));
    }

    private static BrowserInfo? Existing(string path, string source)
    {
        var full = Path.GetFullPath(path);
        return IsExecutableFile(full) ? new BrowserInfo(full, source) : null;
    }

    private static BrowserInfo? FromPlaywrightCache(Func<string, string?> env)
    {
        var root = env("PLAYWRIGHT_BROWSERS_PATH");
        if (string.IsNullOrWhiteSpace(root) || root == "0")
        {
            var home = env("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                return null;
            }

            root = Path.Combine(home, ".cache", "ms-playwright");
        }

        if (!Directory.Exists(root))
        {
            return null;
        }

        // chromium-1200 etc.; chromium_headless_shell-* has a different executable and is skipped by the pattern.
        var candidates =
            from dir in Directory.EnumerateDirectories(root, "chromium-*")
            let revision = Revision(Path.GetFileName(dir))
            where revision is not null
            orderby revision descending
            from platform in Directory.EnumerateDirectories(dir, "chrome-linux*")
            let exe = Path.Combine(platform, "chrome")
            where IsExecutableFile(exe)
            select exe;
        return candidates.FirstOrDefault() is { } found ? new BrowserInfo(found, "playwright") : null;
    }

    private static int? Revision(string directoryName) =>
        int.TryParse(directoryName["chromium-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static BrowserInfo? FromPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        foreach (var name in PathNames)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (IsExecutableFile(candidate))
                {
                    return new BrowserInfo(candidate, "PATH");
                }
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
