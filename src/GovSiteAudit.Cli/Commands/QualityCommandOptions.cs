using System.CommandLine;
using GovSiteAudit.Crawl;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The <c>audit</c> options of the quality measurements (issue 13): the measures themselves and the link check.</summary>
internal static class QualityCommandOptions
{
    public const int MaxCheckLinks = 100_000;

    private static readonly string[] Modes = ["on", "off"];

    public static readonly Option<int> CheckLinksOption = new("--check-links")
    {
        Description = "Same-site links checked per site (HEAD, then GET when HEAD is refused; through the network guard, " +
                      "robots.txt and --delay), within the site's budget; 0 checks none. Results: links_checked, " +
                      "broken_links in scores.csv, links.csv. Example: --check-links 300",
        DefaultValueFactory = _ => QualityOptions.DefaultCheckLinks,
        HelpName = "N",
    };

    public static readonly Option<string> MeasureOption = new("--measure")
    {
        Description = "on: measure the home page's speed with its images, fonts and scripts loaded, its fit on a 360 px phone " +
                      "(one more load of the home page) and whether its search form gives results (one query); off: none of " +
                      "these (freshness, read from the pages, is always measured). Example: --measure off",
        DefaultValueFactory = _ => "on",
        HelpName = "on|off",
    };

    static QualityCommandOptions()
    {
        CheckLinksOption.RequireRange(0, MaxCheckLinks);
        MeasureOption.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Modes.Contains(result.Tokens[0].Value))
            {
                result.AddError($"--measure must be on or off, got '{result.Tokens[0].Value}'.");
            }
        });
    }

    public static IEnumerable<Option> All => [CheckLinksOption, MeasureOption];

    public static QualityOptions ToOptions(ParseResult parseResult) => new()
    {
        CheckLinks = parseResult.GetValue(CheckLinksOption),
        Measure = parseResult.GetValue(MeasureOption) != "off",
    };
}
