namespace GovSiteAudit.Snapshots;

/// <summary>
/// What axe-core measured on the pages of one site that were tested (see <c>--accessibility</c>). Kept in the
/// snapshot, so detection (the <c>axe</c> rule kind) and the reports read it without a browser and
/// <c>rescore</c> re-evaluates it offline.
/// </summary>
/// <param name="Mode"><c>home</c> or <c>sample</c>: which pages were chosen.</param>
/// <param name="Tags">The axe rule tags run (e.g. <c>wcag2a</c>, <c>wcag2aa</c>).</param>
/// <param name="AxeVersion">The axe-core version that ran (from the package, never downloaded).</param>
/// <param name="Pages">Every page chosen for testing, measured or not, home page first.</param>
public sealed record SiteAccessibility(
    string Mode,
    IReadOnlyList<string> Tags,
    string AxeVersion,
    IReadOnlyList<PageAccessibility> Pages)
{
    /// <summary>Pages axe finished on: the ones whose results count.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<PageAccessibility> Measured => Pages.Where(p => p.Measured);
}
