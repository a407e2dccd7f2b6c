using System.Globalization;

namespace GovSiteAudit.Rubrics;

/// <summary>Plain words for the <c>axe</c> rule kind (<c>rubric explain</c>) and its one-line summary.</summary>
public static partial class RuleDescription
{
    private static string AxeSentence(AxeRule r)
    {
        var what = r.Count == AxeCount.Nodes ? "failing elements" : "failing axe rules (each rule once per page)";
        var filters = new List<string>();
        if (r.RuleIds.Count > 0)
        {
            filters.Add($"of the rules {string.Join(", ", r.RuleIds)}");
        }

        if (r.Wcag.Count > 0)
        {
            filters.Add($"under WCAG {string.Join(", ", r.Wcag)}");
        }

        var pages = r.Pages == PageScope.Home ? "the home page" : "the pages tested (see --accessibility)";
        return string.Create(CultureInfo.InvariantCulture,
            $"axe-core measured {pages} and found at most {r.Max} {what} of impact {r.MinImpact} or worse") +
            (filters.Count > 0 ? " " + string.Join(", ", filters) : "") +
            "; pages axe could not measure are left out, and a site with none measured does not have it";
    }

    /// <summary>One line: <c>axe ≤ 0 rules ≥ serious [image-alt] wcag [1.1.1]</c>.</summary>
    public static string AxeSummary(AxeRule r) =>
        string.Create(CultureInfo.InvariantCulture, $"axe ≤ {r.Max} {r.Count.ToString().ToLowerInvariant()} ≥ {r.MinImpact}")
        + (r.RuleIds.Count > 0 ? $" [{string.Join(", ", r.RuleIds)}]" : "")
        + (r.Wcag.Count > 0 ? $" wcag [{string.Join(", ", r.Wcag)}]" : "")
        + (r.Pages == PageScope.Home ? " home" : "");
}
