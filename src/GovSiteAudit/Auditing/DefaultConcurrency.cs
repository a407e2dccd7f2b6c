using System.Globalization;

namespace GovSiteAudit.Auditing;

/// <summary>
/// How many sites to audit at once when --concurrency is not given: min(2 × cores, available memory / 0.5 GiB, 16),
/// at least 1. Sites mostly wait on the network, so two per core keeps the CPU busy; each site in flight costs
/// a renderer of a few hundred MB; past 16 one browser's own process becomes the bottleneck.
/// </summary>
public static class DefaultConcurrency
{
    public const int Maximum = 16;
    public const long BytesPerSite = 512L * 1024 * 1024;

    public const string Description = "min(2 × CPU cores, available memory ÷ 0.5 GiB, 16), at least 1";

    public static int For(int cores, long availableMemoryBytes) =>
        Math.Max(1, (int)Math.Min(Math.Min(2L * Math.Max(1, cores), Math.Max(0, availableMemoryBytes) / BytesPerSite), Maximum));

    /// <summary>For this machine: its cores, and the smaller of the memory the OS has available and the container limit.</summary>
    public static int ForThisMachine() => For(Environment.ProcessorCount, AvailableMemoryBytes());

    internal static long AvailableMemoryBytes()
    {
        // The GC's figure honours a container's memory limit; /proc/meminfo says what is free for new processes.
        var limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return MemAvailable() is { } free ? Math.Min(limit, free) : limit;
    }

    private static long? MemAvailable()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    var kb = line["MemAvailable:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
        }

        return null;
    }
}
