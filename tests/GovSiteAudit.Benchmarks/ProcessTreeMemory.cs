using System.Globalization;

namespace GovSiteAudit.Benchmarks;

/// <summary>Samples the memory (PSS) of a process and all its descendants (the browser's processes) from /proc.</summary>
internal sealed class ProcessTreeMemory : IAsyncDisposable
{
    private readonly int _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public ProcessTreeMemory(int rootPid)
    {
        _root = rootPid;
        _sampling = Task.Run(SampleAsync);
    }

    public long PeakBytes { get; private set; }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            PeakBytes = Math.Max(PeakBytes, TreeRss(_root));
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public static long TreeRss(int root)
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

        return tree.Sum(Rss);
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
