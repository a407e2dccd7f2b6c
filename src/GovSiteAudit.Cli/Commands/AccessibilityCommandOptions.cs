using System.CommandLine;
using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The <c>audit</c> options that choose which pages axe-core tests and with which rules.</summary>
internal static class AccessibilityCommandOptions
{
    private static readonly string[] Modes = ["off", "home", "sample"];

    public static readonly Option<string> ModeOption = new("--accessibility")
    {
        Description = "Which rendered pages axe-core tests for WCAG failures: off, home (the home page), or sample (the home page, " +
                      "then a site map, search, contact, accessibility statement, login, form and forms-download page when the crawl " +
                      "reaches them, then others, up to --accessibility-pages). No page is loaded twice. A rubric with an 'axe' rule " +
                      "tests at least the home page whatever this says. Results: accessibility.csv, a11y_* columns of scores.csv.",
        DefaultValueFactory = _ => "home",
        HelpName = "off|home|sample",
    };

    public static readonly Option<int> PagesOption = new("--accessibility-pages")
    {
        Description = "Pages tested per site with --accessibility sample, home page included.",
        DefaultValueFactory = _ => 5,
        HelpName = "N",
    };

    public static readonly Option<string[]> TagsOption = new("--accessibility-tags")
    {
        Description = "axe rule tags to run, comma-separated or repeated. Default: WCAG 2.0, 2.1 and 2.2 level A and AA " +
                      "(wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa); e.g. add best-practice.",
        HelpName = "TAGS",
        Arity = ArgumentArity.ZeroOrMore,
    };

    static AccessibilityCommandOptions()
    {
        PagesOption.RequireRange(1, 1000);
        ModeOption.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Modes.Contains(result.Tokens[0].Value))
            {
                result.AddError($"--accessibility must be off, home or sample, got '{result.Tokens[0].Value}'.");
            }
        });
        TagsOption.Validators.Add(result =>
        {
            foreach (var tag in result.Tokens.SelectMany(t => Split(t.Value)))
            {
                if (!tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
                {
                    result.AddError($"--accessibility-tags: '{tag}' is not an axe tag (letters, digits, '-', '.', '_'; e.g. wcag2aa, best-practice).");
                }
            }
        });
    }

    public static IEnumerable<Option> All => [ModeOption, PagesOption, TagsOption];

    public static AccessibilityOptions ToOptions(ParseResult parseResult)
    {
        var tags = (parseResult.GetValue(TagsOption) ?? []).SelectMany(Split).Distinct(StringComparer.Ordinal).ToList();
        return new AccessibilityOptions
        {
            Mode = parseResult.GetValue(ModeOption) switch
            {
                "off" => AccessibilityMode.Off,
                "sample" => AccessibilityMode.Sample,
                _ => AccessibilityMode.Home,
            },
            Pages = parseResult.GetValue(PagesOption),
            Tags = tags.Count > 0 ? tags : AccessibilityOptions.DefaultTags,
        };
    }

    /// <summary>A rubric that scores axe results gets them: at least the home page is tested, whatever was asked.</summary>
    public static AccessibilityOptions ForRubric(AccessibilityOptions asked, Rubric rubric, out string? notice)
    {
        notice = null;
        if (asked.Enabled || !rubric.UsesAxe())
        {
            return asked;
        }

        notice = $"The rubric '{rubric.Id}' scores axe-core results: the home page of each site is tested although --accessibility is off.";
        return asked with { Mode = AccessibilityMode.Home };
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
