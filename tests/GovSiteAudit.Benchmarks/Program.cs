using System.Diagnostics;
using System.Globalization;
using GovSiteAudit.Benchmarks;
using Microsoft.Playwright;

// Usage (see README "Performance"):
//   dotnet run -c Release --project tests/GovSiteAudit.Benchmarks -- [--sites 50,500] [--pages 10] [--latency-ms 100]
//       [--concurrency 4] [--scenario all|throughput|latency] [--latency-sites 8] [--browser /usr/bin/chromium]
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
    Console.WriteLine("| sites | floor s | audit s | audit/floor | floor sites/min | audit sites/min | audit pages/s | floor peak MB | audit peak MB |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var n in options.Sites)
    {
        await using var sites = await SyntheticSites.StartAsync(n, options.Pages, TimeSpan.FromMilliseconds(options.LatencyMs));
        var floor = await Runs.FloorAsync(sites, options.Concurrency, options.Browser);
        var audit = await Runs.AuditAsync(sites, options.Concurrency, options.Browser);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {floor.Seconds:0.0} | {audit.Seconds:0.0} | {audit.Seconds / floor.Seconds:0.00} | {n / floor.Seconds * 60:0.0} | {n / audit.Seconds * 60:0.0} | {audit.Pages / audit.Seconds:0.0} | {floor.PeakMb:0} | {audit.PeakMb:0} |"));
        if (audit.Pages != (long)n * options.Pages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note: the audit read {audit.Pages} pages, the floor {n * options.Pages}"));
        }
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

internal sealed record BenchmarkOptions(int[] Sites, int Pages, int LatencyMs, int Concurrency, string Scenario, int LatencySites, string Browser)
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
            Value("--browser", Environment.GetEnvironmentVariable("GOVSITEAUDIT_BROWSER") ?? "/usr/bin/chromium"));
    }
}

internal sealed record RunResult(double Seconds, long Pages, double PeakMb);

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
            var (seconds, peak) = await RunChildAsync([self, "floor-worker", file, concurrency.ToString(CultureInfo.InvariantCulture), browser]);
            return new RunResult(seconds, (long)sites.Homes.Count * sites.PagesPerSite, peak);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<RunResult> AuditAsync(SyntheticSites sites, int concurrency, string browser)
    {
        var dir = Directory.CreateTempSubdirectory("gsa-bench-").FullName;
        try
        {
            var list = Path.Combine(dir, "sites.txt");
            await File.WriteAllLinesAsync(list, sites.Homes.Select(h => h.AbsoluteUri));
            var cli = Path.Combine(Here, "govsiteaudit.dll");
            var (seconds, peak) = await RunChildAsync([cli, "audit", list, "--out", Path.Combine(dir, "out"), "--allow-private-network",
                "--no-install", "--browser", browser, "-j", concurrency.ToString(CultureInfo.InvariantCulture), "-q",
                "--max-pages", sites.PagesPerSite.ToString(CultureInfo.InvariantCulture)]);
            var pages = File.ReadLines(Path.Combine(dir, "out", "scores.csv")).Skip(1)
                .Sum(line => long.Parse(line.Split(',')[^2], CultureInfo.InvariantCulture));
            return new RunResult(seconds, pages, peak);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(double Seconds, double PeakMb)> RunChildAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        long peak;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await using (var memory = new ProcessTreeMemory(child.Id))
        {
            await child.WaitForExitAsync();
            peak = memory.PeakBytes;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments.Take(2))} exited with {child.ExitCode}: {await stdout}{await stderr}");
        }

        return (seconds, peak / 1024.0 / 1024.0);
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
