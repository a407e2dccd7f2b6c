using System.Globalization;

namespace GovSiteAudit.Benchmarks;

/// <summary>
/// CPU time of this process's children that have been waited for (cutime + cstime of /proc/self/stat): a child's own
/// time plus that of every descendant it waited for (the Playwright driver, Chromium and its renderers). The difference
/// around one child's run is that run's CPU seconds — a figure the machine's other jobs change far less than wall time.
/// </summary>
internal static class ChildrenCpu
{
    public const double TicksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on.

    public static double Seconds()
    {
        try
        {
            // "pid (comm) state ppid ..."; after the last ')', field 0 is state, so cutime and cstime are fields 13 and 14.
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    /// <summary>The 1-minute load average when the row was written, so a figure carries the machine's state with it.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
