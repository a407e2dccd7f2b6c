using System.Globalization;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>The <c>axe</c> rule kind: a verdict over the axe-core results kept in the snapshot. Pure: no browser.</summary>
internal static class AccessibilityDetection
{
    public static Evidence? Axe(AxeRule rule, SiteDocuments site)
    {
        var measured = Pages(rule, site.Site).ToList();
        if (measured.Count == 0)
        {
            return null; // Not measured is not accessible.
        }

        var counted = measured.SelectMany(p => p.Violations.Where(v => Counts(rule, v)).Select(v => (Page: p, Violation: v))).ToList();
        var total = rule.Count == AxeCount.Nodes ? counted.Sum(c => c.Violation.Nodes) : counted.Count;
        if (total > rule.Max)
        {
            return null;
        }

        var what = rule.Count == AxeCount.Nodes ? "element(s)" : "rule failure(s)";
        var rules = counted.Select(c => c.Violation.Rule).Distinct(StringComparer.Ordinal).ToList();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"axe: {total} {what} at {rule.MinImpact} or above on {measured.Count} page(s) tested (at most {rule.Max} allowed)")
            + (rules.Count > 0 ? ": " + string.Join(", ", rules) : "");
        return new Evidence(measured[0].Url, "axe", VisibleText.Shorten(text));
    }

    /// <summary>The measured pages in scope: the home page's result is the first one, when it was tested.</summary>
    internal static IEnumerable<PageAccessibility> Pages(AxeRule rule, SiteSnapshot site)
    {
        var pages = site.Accessibility?.Measured ?? [];
        return rule.Pages == PageScope.Home ? pages.Where(p => p.Reason == "home").Take(1) : pages;
    }

    private static bool Counts(AxeRule rule, AxeRuleResult violation) =>
        AxeImpact.AtLeast(violation.Impact, rule.MinImpact)
        && (rule.RuleIds.Count == 0 || rule.RuleIds.Contains(violation.Rule, StringComparer.Ordinal))
        && (rule.Wcag.Count == 0 || violation.Wcag.Any(c => rule.Wcag.Contains(c, StringComparer.Ordinal)));
}
