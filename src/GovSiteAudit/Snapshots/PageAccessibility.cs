namespace GovSiteAudit.Snapshots;

/// <summary>
/// axe-core's verdict on one page (and its same-origin frames). A page where axe failed or ran out of time is
/// kept with <see cref="Measured"/> false and the reason in <see cref="Error"/>: "not measured", never "clean".
/// </summary>
/// <param name="Url">The page as rendered (after redirects).</param>
/// <param name="Reason">Why the page was chosen: <c>home</c>, a WCAG-EM sample category (<c>sitemap</c>, <c>search</c>,
/// <c>contact</c>, <c>accessibility_statement</c>, <c>login</c>, <c>form</c>, <c>forms_download</c>) or <c>other</c>.</param>
/// <param name="Elements">Elements in the main document when axe started (large documents skip slow rules).</param>
/// <param name="SkippedRules">Rules not run on this page because the document is very large.</param>
/// <param name="FramesNotEntered">Cross-origin frames axe did not test (their content is another site's).</param>
/// <param name="Violations">Rules that failed, with how many elements and a few examples.</param>
/// <param name="Incomplete">Rules axe could not decide ("needs review"): counted apart, never as failures.</param>
public sealed record PageAccessibility(
    string Url,
    string Reason,
    bool Measured,
    string? Error,
    int Elements,
    double Seconds,
    IReadOnlyList<string> SkippedRules,
    IReadOnlyList<string> FramesNotEntered,
    IReadOnlyList<AxeRuleResult> Violations,
    IReadOnlyList<AxeRuleResult> Incomplete)
{
    public static PageAccessibility NotMeasured(string url, string reason, string error, int elements = 0, double seconds = 0) =>
        new(url, reason, false, error, elements, seconds, [], [], [], []);
}
