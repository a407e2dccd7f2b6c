using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>accessibility.csv</c>: one row per site × page × failing axe rule, as each site finishes. The same file
/// conventions as scores.csv (UTF-8 with BOM, RFC 4180, formula-safe cells, one record per line); markup examples are
/// cut to a readable length. Rules that need review (incomplete) are not failures and are not rows here: they are
/// counted in scores.csv (<c>a11y_incomplete_rules</c>) and listed in sites/*.json.
/// </summary>
public sealed class AccessibilityCsvWriter : IDisposable
{
    public const string FileName = "accessibility.csv";

    /// <summary>Characters of example markup in a cell.</summary>
    public const int MaxHtml = 200;

    public static IReadOnlyList<string> Columns { get; } =
        ["url", "page_url", "rule", "impact", "wcag", "nodes", "help", "help_url", "example_target", "example_html"];

    private readonly SiteRowsCsvFile _file;

    public AccessibilityCsvWriter(string outputDirectory, bool append = false) =>
        _file = new SiteRowsCsvFile(outputDirectory, FileName, Columns, append);

    public void Write(SiteAudit site) => _file.Write(Rows(site.Target.Url, site.Crawl.Snapshot.Accessibility));

    public static IEnumerable<IReadOnlyList<string>> Rows(string url, SiteAccessibility? accessibility)
    {
        foreach (var page in accessibility?.Measured ?? [])
        {
            foreach (var violation in page.Violations)
            {
                var example = violation.Examples.Count > 0 ? violation.Examples[0] : null;
                yield return
                [
                    url, page.Url, violation.Rule, violation.Impact ?? "", string.Join(" ", violation.Wcag),
                    violation.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture), violation.Help, violation.HelpUrl,
                    example?.Target ?? "", Cut(example?.Html ?? ""),
                ];
            }
        }
    }

    private static string Cut(string html)
    {
        var text = string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxHtml ? text : text[..(MaxHtml - 1)] + "…";
    }

    public void Dispose() => _file.Dispose();
}
