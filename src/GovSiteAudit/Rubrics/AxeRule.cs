namespace GovSiteAudit.Rubrics;

/// <summary>
/// Found when axe-core measured at least one page and the violations counted there — those at or above
/// <paramref name="MinImpact"/>, limited to <paramref name="RuleIds"/> and/or <paramref name="Wcag"/> success criteria when
/// given — are at most <paramref name="Max"/>. Pages axe could not measure are left out; with none measured the rule is
/// not found (an unmeasured site never passes as accessible).
/// </summary>
public sealed record AxeRule(
    int Max,
    string MinImpact,
    AxeCount Count,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> Wcag,
    PageScope Pages) : Rule;
