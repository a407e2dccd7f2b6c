using System.Globalization;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// One site's axe-core results in a few numbers, for the <c>a11y_*</c> columns of scores.csv: pages measured, distinct
/// failing rules, failing elements by the impact of their rule, and distinct rules that need review (incomplete).
/// </summary>
public sealed record AccessibilitySummary(int PagesTested, int PagesNotMeasured, int FailingRules, IReadOnlyDictionary<string, int> NodesByImpact, int IncompleteRules)
{
    /// <summary>The columns, in order, after <c>seconds</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "a11y_pages_tested", "a11y_failing_rules", "a11y_critical_nodes", "a11y_serious_nodes", "a11y_moderate_nodes",
        "a11y_minor_nodes", "a11y_incomplete_rules",
    ];

    /// <summary>Null when accessibility was not measured at all (the cells are then empty, not 0).</summary>
    public static AccessibilitySummary? Of(SiteAccessibility? accessibility)
    {
        if (accessibility is null || accessibility.Pages.Count == 0)
        {
            return null;
        }

        var measured = accessibility.Measured.ToList();
        var violations = measured.SelectMany(p => p.Violations).ToList();
        return new AccessibilitySummary(
            measured.Count,
            accessibility.Pages.Count - measured.Count,
            violations.Select(v => v.Rule).Distinct(StringComparer.Ordinal).Count(),
            AxeImpact.All.ToDictionary(i => i, i => violations.Where(v => v.Impact == i).Sum(v => v.Nodes), StringComparer.Ordinal),
            measured.SelectMany(p => p.Incomplete).Select(v => v.Rule).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>serious + critical failing elements: the run's distribution chart.</summary>
    public int SeriousOrWorse => NodesByImpact[AxeImpact.Critical] + NodesByImpact[AxeImpact.Serious];

    /// <summary>The cells of <see cref="Columns"/>; empty when nothing was measured.</summary>
    public static IReadOnlyList<string> Cells(SiteAccessibility? accessibility)
    {
        var summary = Of(accessibility);
        if (summary is null || summary.PagesTested == 0)
        {
            // Pages chosen but none measured: the count of tested pages is 0, the rest unknown.
            return [summary is null ? "" : "0", "", "", "", "", "", ""];
        }

        return
        [
            N(summary.PagesTested), N(summary.FailingRules),
            .. AxeImpact.All.Select(i => N(summary.NodesByImpact[i])),
            N(summary.IncompleteRules),
        ];
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
