using System.CommandLine;
using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Cli.Commands;

internal static class AuditCommand
{
    public const int MaxDepth = 1000;
    public const int MaxPages = 100_000;
    public const int MaxConcurrency = 256;
    public const double MaxTimeoutSeconds = 3600;

    public static readonly Argument<string[]> TargetsArgument = new("targets")
    {
        Description = "Sites to audit: URLs (https:// assumed when no scheme is given), .txt files with one URL per line " +
                      "(# starts a comment), or .csv files with a 'url' column (other columns are carried into scores.csv).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<string?> RubricOption = CommonOptions.RubricOption();
    public static readonly Option<string> OutOption = CommonOptions.OutOption();
    public static readonly Option<bool> QuietOption = CommonOptions.QuietOption();
    public static readonly Option<string[]> FormatOption = ReportOptions.FormatOption();
    public static readonly Option<double?> FailUnderOption = ReportOptions.FailUnderOption();
    public static readonly Option<string[]> FailUnderDimensionOption = ReportOptions.FailUnderDimensionOption();
    public static readonly Option<string?> JUnitOption = ReportOptions.JUnitOption();

    public static readonly Option<bool> SaveSnapshotsOption = new("--save-snapshots")
    {
        Description = "Keep each site's rendered pages and facts (gzip JSON under <out>/snapshots/) so 'govsiteaudit rescore' " +
                      "can re-detect and re-score them with an edited rubric, without any network access.",
    };

    public static readonly Option<int> DepthOption = new("--depth")
    {
        Description = "How many clicks from the home page the crawl follows same-site links (0 = home page only).",
        DefaultValueFactory = _ => 2,
        HelpName = "N",
    };

    public static readonly Option<int> MaxPagesOption = new("--max-pages")
    {
        Description = "Pages read per site, home page included. Links whose text or URL matches a rubric keyword (FAQ, privacy, login …) are visited first.",
        DefaultValueFactory = _ => 20,
        HelpName = "N",
    };

    public static readonly Option<double> TimeoutOption = new("--timeout")
    {
        Description = "Seconds a single page may take to load.",
        DefaultValueFactory = _ => 30,
        HelpName = "SECONDS",
    };

    public static readonly Option<string?> BrowserOption = new("--browser")
    {
        Description = "Chromium or Chrome executable. Default: $GOVSITEAUDIT_BROWSER, else a Playwright-installed Chromium, " +
                      "else chromium/google-chrome on PATH, else one is installed (see --no-install).",
        HelpName = "PATH",
    };

    public static readonly Option<bool> NoInstallOption = new("--no-install")
    {
        Description = "Never install a browser; exit with code 4 when none is found.",
    };

    public static readonly Option<string> UserAgentOption = new("--user-agent")
    {
        Description = "User-Agent header sent to sites. The default names the tool and a contact URL (sites often block 'HeadlessChrome').",
        DefaultValueFactory = _ => CrawlOptions.DefaultUserAgent,
        HelpName = "TEXT",
    };

    public static readonly Option<bool> AllowPrivateNetworkOption = new("--allow-private-network")
    {
        Description = "Allow connections to loopback, private and link-local addresses: targets, redirects, links and page requests (all refused by default, to prevent SSRF). For local test sites.",
    };

    public static readonly Option<bool> StrictTlsOption = new("--strict-tls")
    {
        Description = "Do not read sites whose certificate a browser would reject (expired, self-signed, wrong host): their status is 'tls'. " +
                      "By default they are read and the certificate problem is reported.",
    };

    public static readonly Option<int> ConcurrencyOption = BatchOptions.ConcurrencyOption();

    static AuditCommand()
    {
        // Option validators are registered once: the options are shared by every command instance.
        // Upper bounds are far above any useful value; they keep budgets (timeout × pages) within what timers accept.
        DepthOption.RequireRange(0, MaxDepth);
        MaxPagesOption.RequireRange(1, MaxPages);
        ConcurrencyOption.RequireRange(1, MaxConcurrency);
        TimeoutOption.RequireSeconds(MaxTimeoutSeconds);
    }

    public static Command Create()
    {
        var command = new Command("audit",
            "Crawl each target site in headless Chromium, detect the rubric's indicators and write scores.csv " +
            "(one row per site), indicators.csv (one row per site × indicator, with evidence) and sites/<host>.json.")
        {
            TargetsArgument,
            RubricOption,
            OutOption,
            DepthOption,
            MaxPagesOption,
            TimeoutOption,
            ConcurrencyOption,
            BrowserOption,
            NoInstallOption,
            UserAgentOption,
            AllowPrivateNetworkOption,
            StrictTlsOption,
            FormatOption,
            SaveSnapshotsOption,
            FailUnderOption,
            FailUnderDimensionOption,
            JUnitOption,
            QuietOption,
        };
        foreach (var option in BatchOptions.All.Concat(AccessibilityCommandOptions.All).Concat(QualityCommandOptions.All))
        {
            command.Options.Add(option);
        }
        command.Validators.Add(result =>
        {
            var targets = result.GetValue(TargetsArgument) ?? [];
            if (targets.Length == 0)
            {
                result.AddError("No targets: give one or more URLs, a .txt list or a .csv file with a 'url' column.");
            }
            // Unmatched tokens land in the targets argument; an unknown option must not be audited as a URL.
            foreach (var unknown in targets.Where(t => t.StartsWith('-')))
            {
                result.AddError($"Unknown option '{unknown}'. Run 'govsiteaudit audit --help' to see the options.");
            }
        });
        HelpExamples.Add(command,
            "govsiteaudit audit https://www.taichung.gov.tw",
            "govsiteaudit audit samples/tw-central.csv --out audit-out --depth 1 --max-pages 10",
            "govsiteaudit audit urls.txt --rubric rubrics/us-federal.yaml --concurrency 4",
            "govsiteaudit audit samples/tw-central.csv --format csv,json,html --save-snapshots",
            "govsiteaudit audit urls.txt --fail-under 60 --fail-under-dimension security=50 --junit audit-out/junit.xml",
            "govsiteaudit audit http://127.0.0.1:8080/ --allow-private-network --browser /usr/bin/chromium",
            "govsiteaudit audit agencies.csv --out run1 --resume          # continue a run that was interrupted",
            "govsiteaudit audit agencies.csv --shard 2/4 --out shard-2    # then: govsiteaudit merge shard-* --out all",
            "govsiteaudit audit agencies.csv --accessibility sample --accessibility-pages 5 --format csv,html",
            "govsiteaudit audit urls.txt --accessibility-tags wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice");
        command.SetAction((parseResult, ct) => RunAsync(ToSettings(parseResult), parseResult.InvocationConfiguration, ct));
        return command;
    }

    public static AuditSettings ToSettings(ParseResult parseResult) => new(
        parseResult.GetValue(TargetsArgument) ?? [],
        parseResult.GetValue(RubricOption),
        parseResult.GetValue(OutOption)!,
        parseResult.GetValue(DepthOption),
        parseResult.GetValue(MaxPagesOption),
        TimeSpan.FromSeconds(parseResult.GetValue(TimeoutOption)),
        parseResult.GetValue(BrowserOption),
        parseResult.GetValue(NoInstallOption),
        parseResult.GetValue(UserAgentOption)!,
        parseResult.GetValue(AllowPrivateNetworkOption),
        parseResult.GetValue(ConcurrencyOption),
        parseResult.GetValue(QuietOption),
        ReportOptions.Formats(parseResult.GetValue(FormatOption)),
        parseResult.GetValue(SaveSnapshotsOption),
        ReportOptions.Gate(parseResult.GetValue(FailUnderOption), parseResult.GetValue(FailUnderDimensionOption)),
        parseResult.GetValue(JUnitOption),
        parseResult.GetValue(StrictTlsOption))
    {
        Batch = BatchOptions.ToSettings(parseResult),
        Accessibility = AccessibilityCommandOptions.ToOptions(parseResult),
        Quality = QualityCommandOptions.ToOptions(parseResult),
    };

    public static async Task<int> RunAsync(AuditSettings settings, InvocationConfiguration io, CancellationToken ct)
    {
        var output = io.Output;
        var error = io.Error;
        var log = settings.Quiet ? TextWriter.Null : error;
        using var plan = await AuditPreflight.PrepareAsync(
            new PreflightRequest(settings.Rubric, settings.Targets, settings.OutputDirectory, settings.Gate,
                settings.Batch.Shard, settings.Batch.Resume, settings.Browser, !settings.NoInstall),
            error, log, Environment.GetEnvironmentVariable, ct);
        if (plan.NothingToAudit)
        {
            await output.WriteLineAsync("Nothing to audit: no target of this run is left (shard empty or all already recorded).");
            return ExitCodes.Success;
        }
        var rubric = plan.Rubric;
        var targets = plan.Targets;
        var browser = plan.Browser!;

        var crawlOptions = new CrawlOptions
        {
            MaxDepth = settings.Depth,
            MaxPages = settings.MaxPages,
            PageTimeout = settings.PageTimeout,
            UserAgent = settings.UserAgent,
            AllowPrivateNetwork = settings.AllowPrivateNetwork,
            StrictTls = settings.StrictTls,
            PriorityKeywords = rubric.LinkKeywords(),
            SiteTimeout = settings.Batch.SiteTimeout,
            DetectionReserve = AuditOptions.DetectionReserve(settings.Batch.SiteTimeout),
            PageDelay = settings.Batch.Delay,
            IgnoreRobots = settings.Batch.IgnoreRobots,
            Accessibility = AccessibilityCommandOptions.ForRubric(settings.Accessibility, rubric, out var accessibilityNotice),
            Quality = settings.Quality,
        };
        if (accessibilityNotice is not null)
        {
            await log.WriteLineAsync(accessibilityNotice);
        }
        await using var crawler = await SiteCrawler.LaunchAsync(browser, crawlOptions, ct);
        await log.WriteLineAsync($"Browser: {browser.ExecutablePath} ({crawler.BrowserVersion}, from {browser.Source}); rubric: {rubric.Id} ({rubric.Source}); {targets.Targets.Count} site(s).");

        var progress = new ConsoleAuditProgress(error, interactive: IsTerminal(error), quiet: settings.Quiet, TimeProvider.System);
        var runner = new AuditRunner(
            new AuditOptions(rubric, settings.OutputDirectory, settings.Concurrency, settings.Formats, settings.SaveSnapshots)
            {
                Append = plan.Append,
                SiteTimeout = settings.Batch.SiteTimeout,
                ManifestTargets = plan.WholeRun.Targets,
            },
            TimeProvider.System, progress);
        AuditSummary summary;
        try
        {
            summary = await runner.RunAsync(crawler, targets, ct);
        }
        finally
        {
            // Before any error is printed (an unwritable output stops the run), so the progress line is finished.
            progress.Complete();
        }

        var dir = settings.OutputDirectory;
        var seconds = summary.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        await output.WriteLineAsync(summary.Report.Interrupted
            ? $"Interrupted after {summary.Ok + summary.Failed} of {summary.Total} site(s) in {seconds} s: {summary.Ok} ok, {summary.Failed} failed; " +
              "the sites in flight were abandoned (--resume continues the run)."
            : $"Audited {summary.Total} site(s) in {seconds} s: {summary.Ok} ok, {summary.Failed} failed.");
        await ReportOptions.ListOutputsAsync(dir, settings.Formats, output);
        if (settings.SaveSnapshots)
        {
            await output.WriteLineAsync($"  {SnapshotStore.DirectoryOf(dir)}{Path.DirectorySeparatorChar}");
        }
        return await ReportOptions.FinishAsync(summary.Report, settings.Gate, settings.JUnitPath, output, error);
    }

    private static bool IsTerminal(TextWriter error) => ReferenceEquals(TerminalSafeWriter.Unwrap(error), Console.Error) && !Console.IsErrorRedirected;
}
