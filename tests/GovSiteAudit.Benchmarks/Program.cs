using System.Diagnostics;
using System.Globalization;
using GovSiteAudit.Benchmarks;
using Microsoft.Playwright;

// Usage (see README "Performance"):
//   dotnet run -c Release --project tests/GovSiteAudit.Benchmarks -- [--sites 50,500] [--pages 10] [--latency-ms 100]
//       [--concurrency 4] [--scenario all|throughput|latency|accessibility|quality|breakdown] [--latency-sites 8] [--browser /usr/bin/chromium]
//       [--accessibility off,home,sample] [--accessibility-pages 5]
// Internal: floor-worker URLFILE CONCURRENCY BROWSER (the floor, run as a child process so its memory is measured alike).
if (args.Length > 0 && args[0] == "floor-worker")
{
    return await Floor.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
}

var options = BenchmarkOptions.Parse(args);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"GovSiteAudit benchmark: {Environment.ProcessorCount} cores, browser {options.Browser}, {options.Pages} pages per site"));

if (options.Scenario is "all" or "throughput")
{
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Throughput: latency {options.LatencyMs} ms per request, concurrency {options.Concurrency}"));
    Console.WriteLine("| sites | floor s | audit s | audit/floor | floor CPU s | audit CPU s | CPU audit/floor | floor sites/min | audit sites/min | audit pages/s | floor peak MB | audit peak MB | load |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    foreach (var n in options.Sites)
    {
        await using var sites = await SyntheticSites.StartAsync(n, options.Pages, TimeSpan.FromMilliseconds(options.LatencyMs));
        var floor = await Runs.FloorAsync(sites, options.Concurrency, options.Browser);
        var audit = await Runs.AuditAsync(sites, options.Concurrency, options.Browser);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {floor.Seconds:0.0} | {audit.Seconds:0.0} | {audit.Seconds / floor.Seconds:0.00} | {floor.CpuSeconds:0.0} | {audit.CpuSeconds:0.0} | {audit.CpuSeconds / floor.CpuSeconds:0.00} | {n / floor.Seconds * 60:0.0} | {n / audit.Seconds * 60:0.0} | {audit.Pages / audit.Seconds:0.0} | {floor.PeakMb:0} | {audit.PeakMb:0} | {ChildrenCpu.LoadAverage()} |"));
        if (audit.Pages != (long)n * options.Pages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note: the audit read {audit.Pages} pages, the floor {n * options.Pages}"));
        }
    }
}

if (options.Scenario is "breakdown")
{
    // Where the audit's time over the floor goes: the same sites, the floor and the audit with its parts turned off
    // one after another. CPU seconds (browser included) are the figure to read on a busy machine.
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Breakdown: latency {options.LatencyMs} ms per request, concurrency {options.Concurrency}"));
    Console.WriteLine("| sites | run | s | vs floor | CPU s | CPU vs floor | load |");
    Console.WriteLine("|---:|---|---:|---:|---:|---:|---|");
    var rubric = Runs.RubricWithoutAxe();
    (string Name, string[]? Args)[] variants =
    [
        ("audit (default)", []),
        ("audit, no axe", ["--rubric", rubric, "--accessibility", "off"]),
        ("audit, no axe, --measure off --check-links 0", ["--rubric", rubric, "--accessibility", "off", "--measure", "off", "--check-links", "0"]),
    ];
    foreach (var n in options.Sites)
    {
        await using var sites = await SyntheticSites.StartAsync(n, options.Pages, TimeSpan.FromMilliseconds(options.LatencyMs));
        var floor = await Runs.FloorAsync(sites, options.Concurrency, options.Browser);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | floor | {floor.Seconds:0.0} | 1.00 | {floor.CpuSeconds:0.0} | 1.00 | {ChildrenCpu.LoadAverage()} |"));
        foreach (var (name, extra) in variants)
        {
            var audit = await Runs.AuditAsync(sites, options.Concurrency, options.Browser, extra);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {name} | {audit.Seconds:0.0} | {audit.Seconds / floor.Seconds:0.00} | {audit.CpuSeconds:0.0} | {audit.CpuSeconds / floor.CpuSeconds:0.00} | {ChildrenCpu.LoadAverage()} |"));
        }
    }
}

if (options.Scenario is "all" or "accessibility")
{
    // The same sites audited with each --accessibility mode, in one run, with the default rubric minus its axe
    // indicator (which would turn axe on by itself): the only difference between the rows is axe.
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Accessibility cost: latency {options.LatencyMs} ms per request, concurrency {options.Concurrency}, --accessibility-pages {options.AccessibilityPages}"));
    Console.WriteLine("| sites | --accessibility | audit s | vs off | audit sites/min | pages tested | peak MB |");
    Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
    var rubric = Runs.RubricWithoutAxe();
    foreach (var n in options.Sites)
    {
        await using var sites = await SyntheticSites.StartAsync(n, options.Pages, TimeSpan.FromMilliseconds(options.LatencyMs));
        RunResult? off = null;
        foreach (var mode in options.AccessibilityModes)
        {
            var audit = await Runs.AuditAsync(sites, options.Concurrency, options.Browser, ["--rubric", rubric, "--accessibility", mode,
                "--accessibility-pages", options.AccessibilityPages.ToString(CultureInfo.InvariantCulture)]);
            off ??= mode == "off" ? audit : null;
            var ratio = off is null ? "–" : (audit.Seconds / off.Seconds).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {mode} | {audit.Seconds:0.0} | {ratio} | {n / audit.Seconds * 60:0.0} | {audit.PagesTested} | {audit.PeakMb:0} |"));
        }
    }
}

if (options.Scenario is "all" or "quality")
{
    // Issue 13's cost, same sites, one run: the audit without any quality measure, with the link check at its default
    // alone, and with everything else alone (home page with its resources, phone fit, search probe). Two interleaved
    // rounds, so a change of the machine's load hits every variant alike. Half the pages are read (--max-pages), so the
    // links to the other half must be checked over HTTP, as on a real site whose pages outnumber the crawl.
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Quality measures cost: latency {options.LatencyMs} ms per request, concurrency {options.Concurrency}, --max-pages {Math.Max(1, options.Pages / 2)}, two interleaved rounds"));
    Console.WriteLine("| sites | variant | round | audit s | vs none | CPU s | CPU vs none | sites/min | peak MB | load |");
    Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
    (string Name, string[] Args)[] variants =
    [
        ("none (--measure off --check-links 0)", ["--measure", "off", "--check-links", "0"]),
        ("links (--measure off, --check-links 100)", ["--measure", "off"]),
        ("rest (--measure on --check-links 0)", ["--measure", "on", "--check-links", "0"]),
    ];
    foreach (var n in options.Sites)
    {
        await using var sites = await SyntheticSites.StartAsync(n, options.Pages, TimeSpan.FromMilliseconds(options.LatencyMs));
        var totals = new double[variants.Length];
        var cpuTotals = new double[variants.Length];
        for (var round = 1; round <= 2; round++)
        {
            RunResult? none = null;
            for (var v = 0; v < variants.Length; v++)
            {
                var audit = await Runs.AuditAsync(sites, options.Concurrency, options.Browser, variants[v].Args, maxPages: Math.Max(1, options.Pages / 2));
                none ??= audit;
                totals[v] += audit.Seconds;
                cpuTotals[v] += audit.CpuSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {n} | {variants[v].Name} | {round} | {audit.Seconds:0.0} | {audit.Seconds / none.Seconds:0.00} | {audit.CpuSeconds:0.0} | {audit.CpuSeconds / none.CpuSeconds:0.00} | {n / audit.Seconds * 60:0.0} | {audit.PeakMb:0} | {ChildrenCpu.LoadAverage()} |"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {n} sites, both rounds: links {totals[1] / totals[0]:0.00} × none (target ≤ 1.3), rest {totals[2] / totals[0]:0.00} × none (target ≤ 1.15); CPU time: links {cpuTotals[1] / cpuTotals[0]:0.00} ×, rest {cpuTotals[2] / cpuTotals[0]:0.00} ×"));
    }
}

if (options.Scenario is "all" or "latency")
{
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Far-away agencies: latency 1000 ms per request, {options.LatencySites} sites"));
    Console.WriteLine("| concurrency | audit s | sites/min | peak MB |");
    Console.WriteLine("|---:|---:|---:|---:|");
    await using var sites = await SyntheticSites.StartAsync(options.LatencySites, options.Pages, TimeSpan.FromMilliseconds(1000));
    var rates = new List<double>();
    foreach (var c in new[] { 1, 8 })
    {
        var audit = await Runs.AuditAsync(sites, c, options.Browser);
        rates.Add(options.LatencySites / audit.Seconds * 60);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c} | {audit.Seconds:0.0} | {rates[^1]:0.0} | {audit.PeakMb:0} |"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"concurrency 8 / concurrency 1: {rates[1] / rates[0]:0.0} x the sites per minute"));
}

return 0;

internal sealed record BenchmarkOptions(
    int[] Sites, int Pages, int LatencyMs, int Concurrency, string Scenario, int LatencySites, string Browser, string[] AccessibilityModes, int AccessibilityPages)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return new(
            Value("--sites", "50,500").Split(',').Select(Int).ToArray(),
            Int(Value("--pages", "10")),
            Int(Value("--latency-ms", "100")),
            Int(Value("--concurrency", "4")),
            Value("--scenario", "all"),
            Int(Value("--latency-sites", "8")),
            Value("--browser", Environment.GetEnvironmentVariable("GOVSITEAUDIT_BROWSER") ?? "/usr/bin/chromium"),
            Value("--accessibility", "off,home,sample").Split(','),
            Int(Value("--accessibility-pages", "5")));
    }
}

/// <param name="CpuSeconds">CPU time of the child and every descendant it waited for (the browser): robust to the machine's load.</param>
internal sealed record RunResult(double Seconds, long Pages, double PeakMb, long PagesTested = 0, double CpuSeconds = 0);

internal static class Runs
{
    private static string Here => AppContext.BaseDirectory;

    public static async Task<RunResult> FloorAsync(SyntheticSites sites, int concurrency, string browser)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, sites.PageUrls.Select(p => string.Join(' ', p)));
        try
        {
            var self = Path.Combine(Here, "GovSiteAudit.Benchmarks.dll");
            var (seconds, peak, cpu) = await RunChildAsync([self, "floor-worker", file, concurrency.ToString(CultureInfo.InvariantCulture), browser]);
            return new RunResult(seconds, (long)sites.Homes.Count * sites.PagesPerSite, peak, CpuSeconds: cpu);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The built-in crm-egov rubric without its axe indicator (between the '# --- web_accessibility' markers).</summary>
    public static string RubricWithoutAxe()
    {
        var text = File.ReadAllText(Path.Combine(Here, "rubrics", "crm-egov.yaml"));
        var start = text.IndexOf("      # --- web_accessibility", StringComparison.Ordinal);
        var endMarker = "# --- end web_accessibility ---";
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException("rubrics/crm-egov.yaml: web_accessibility markers not found");
        }

        var path = Path.Combine(Path.GetTempPath(), "gsa-bench-rubric-without-axe.yaml");
        File.WriteAllText(path, text[..start] + text[(end + endMarker.Length)..]);
        return path;
    }

    /// <param name="maxPages">Pages read per site (default: all of them).</param>
    public static async Task<RunResult> AuditAsync(SyntheticSites sites, int concurrency, string browser, string[]? extra = null, int? maxPages = null)
    {
        var dir = Directory.CreateTempSubdirectory("gsa-bench-").FullName;
        try
        {
            var list = Path.Combine(dir, "sites.txt");
            await File.WriteAllLinesAsync(list, sites.Homes.Select(h => h.AbsoluteUri));
            var cli = Path.Combine(Here, "govsiteaudit.dll");
            var (seconds, peak, cpu) = await RunChildAsync([cli, "audit", list, "--out", Path.Combine(dir, "out"), "--allow-private-network",
                "--no-install", "--browser", browser, "-j", concurrency.ToString(CultureInfo.InvariantCulture), "-q",
                "--max-pages", (maxPages ?? sites.PagesPerSite).ToString(CultureInfo.InvariantCulture), .. extra ?? []]);
            var lines = File.ReadAllLines(Path.Combine(dir, "out", "scores.csv"));
            var header = lines[0].TrimStart('\uFEFF').Split(',');
            long Sum(string column)
            {
                var index = Array.IndexOf(header, column);
                return lines.Skip(1).Select(l => l.Split(',')[index]).Where(c => c.Length > 0).Sum(c => long.Parse(c, CultureInfo.InvariantCulture));
            }

            return new RunResult(seconds, Sum("pages"), peak, Sum("a11y_pages_tested"), cpu);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("GOVSITEAUDIT_BENCH_KEEP") is null)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task<(double Seconds, double PeakMb, double CpuSeconds)> RunChildAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var cpuBefore = ChildrenCpu.Seconds();
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        long peak;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        double sampledCpu;
        await using (var usage = new ProcessTreeUsage(child.Id))
        {
            await child.WaitForExitAsync();
            peak = usage.PeakBytes;
            sampledCpu = usage.CpuSeconds;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments.Take(2))} exited with {child.ExitCode}: {await stdout}{await stderr}");
        }

        // The sampled tree misses at most a tenth of a second per process; the reaped children's time misses renderers.
        return (seconds, peak / 1024.0 / 1024.0, Math.Max(sampledCpu, ChildrenCpu.Seconds() - cpuBefore));
    }
}

/// <summary>The floor: the least a browser-based crawler must do — load the same pages, at the same concurrency, one context per site.</summary>
internal static class Floor
{
    public static async Task<int> RunAsync(string urlFile, int concurrency, string browserPath)
    {
        var sites = (await File.ReadAllLinesAsync(urlFile)).Select(l => l.Split(' ')).ToList();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await Parallel.ForEachAsync(sites, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (pages, _) =>
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            foreach (var url in pages)
            {
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            }
        });
        return 0;
    }
}
