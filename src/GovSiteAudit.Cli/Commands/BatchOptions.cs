using System.CommandLine;
using GovSiteAudit.Auditing;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Cli.Commands;

/// <summary>Options of <c>audit</c> for long lists, scheduled jobs and many machines.</summary>
internal static class BatchOptions
{
    public const double DefaultSiteTimeoutSeconds = 120;
    public const double MaxSiteTimeoutSeconds = 86_400;
    public const double MaxDelaySeconds = 3600;

    public static readonly Option<string?> ShardOption = new("--shard")
    {
        Description = "Audit only slice K of N of the targets (1 ≤ K ≤ N), chosen by a hash of each URL: stable whatever the order " +
                      "of the list, and the N slices together cover every target once. 'auto/N' takes K from $JOB_COMPLETION_INDEX + 1 " +
                      "(Kubernetes Indexed Job). Combine the slices' outputs with 'govsiteaudit merge'.",
        HelpName = "K/N",
    };

    public static readonly Option<bool> ResumeOption = new("--resume")
    {
        Description = "Continue an interrupted run in the same --out directory: sites already in scores.csv are skipped, the rest " +
                      "appended. Half-written rows of a killed run are repaired first. The rubric (its fingerprint in run.json) and the input " +
                      "columns must be the same; a scores.csv edited so that it cannot be read back exactly is refused with its line.",
    };

    public static readonly Option<double> SiteTimeoutOption = new("--site-timeout")
    {
        Description = "Seconds one site may take in all, crawl and detection (above 0, at most 86400): the crawl stops a tenth of it " +
                      "(0.5–10 s) early so the pages read can be scored; a crawl that runs out is recorded as 'timeout' with the pages " +
                      "read so far, and indicators detection could not decide in time are reported in the error column.",
        DefaultValueFactory = _ => DefaultSiteTimeoutSeconds,
        HelpName = "SECONDS",
    };

    public static readonly Option<double> DelayOption = new("--delay")
    {
        Description = "Seconds to wait between two page loads on the same host. Pages of one host are always loaded one at a time.",
        DefaultValueFactory = _ => 0,
        HelpName = "SECONDS",
    };

    public static readonly Option<bool> IgnoreRobotsOption = new("--ignore-robots")
    {
        Description = "Crawl pages that robots.txt disallows. By default robots.txt (for 'GovSiteAudit', else '*') is honoured " +
                      "beyond the home page; when it cannot be fetched (5xx, no answer) only the home page is read.",
    };

    public static Option<int> ConcurrencyOption() => new("--concurrency", "-j")
    {
        Description = $"Sites audited at once, in one browser. Default from this machine: {DefaultConcurrency.Description}.",
        DefaultValueFactory = _ => DefaultConcurrency.ForThisMachine(),
        HelpName = "N",
    };

    static BatchOptions()
    {
        SiteTimeoutOption.RequireSeconds(MaxSiteTimeoutSeconds);
        DelayOption.RequireSeconds(MaxDelaySeconds, allowZero: true);
        ShardOption.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && Shard.Validate(result.Tokens[0].Value) is { } problem)
            {
                result.AddError(problem);
            }
        });
    }

    public static IEnumerable<Option> All => [ShardOption, ResumeOption, SiteTimeoutOption, DelayOption, IgnoreRobotsOption];

    public static BatchSettings ToSettings(ParseResult parseResult) => new(
        parseResult.GetValue(ShardOption),
        parseResult.GetValue(ResumeOption),
        TimeSpan.FromSeconds(parseResult.GetValue(SiteTimeoutOption)),
        TimeSpan.FromSeconds(parseResult.GetValue(DelayOption)),
        parseResult.GetValue(IgnoreRobotsOption));
}
