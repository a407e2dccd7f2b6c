using System.Globalization;

namespace GovSiteAudit.Benchmarks;

/// <summary>
/// Samples the memory (PSS) and CPU time of a process and all its descendants (the driver, the browser and its renderers)
/// from /proc every 100 ms. CPU is each process's own user + system time at the last sample it was seen in (zombies
/// included, until reaped), summed: unlike the waited-for children's time of /proc/self/stat, it counts renderers whose
/// parent never waits for them into its own total.
/// </summary>
internal sealed class ProcessTreeUsage : IAsyncDisposable
{
    private readonly int _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private readonly Dictionary<int, long> _cpuTicks = [];

    public ProcessTreeUsage(int rootPid)
    {
        _root = rootPid;
        _sampling = Task.Run(SampleAsync);
    }

    public long PeakBytes { get; private set; }

    /// <summary>CPU seconds of every process seen in the tree (processes that lived less than one sample are missed).</summary>
    public double CpuSeconds => _cpuTicks.Values.Sum() / ChildrenCpu.TicksPerSecond;

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var tree = Tree(_root);
            PeakBytes = Math.Max(PeakBytes, tree.Sum(Rss));
            foreach (var pid in tree)
            {
                if (CpuTicks(pid) is { } ticks)
                {
                    _cpuTicks[pid] = Math.Max(ticks, _cpuTicks.GetValueOrDefault(pid));
                }
            }

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static HashSet<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var tree = new HashSet<int> { root };
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                if (tree.Contains(parent) && tree.Add(pid))
                {
                    grew = true;
                }
            }
        }
        while (grew);

        return tree;
    }

    /// <summary>utime + stime of /proc/PID/stat (fields 14 and 15), in clock ticks; null when the process is gone.</summary>
    private static long? CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Proportional set size: resident memory with pages shared between the browser's processes counted once
    /// in all (plain RSS counts Chromium's shared libraries and memory once per process). Falls back to VmRSS.
    /// </summary>
    private static long Rss(int pid)
    {
        try
        {
            var rollup = $"/proc/{pid}/smaps_rollup";
            var (file, key) = File.Exists(rollup) ? (rollup, "Pss:") : ($"/proc/{pid}/status", "VmRSS:");
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
