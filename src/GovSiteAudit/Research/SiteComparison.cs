using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Research;

/// <summary>One site's changes between two runs.</summary>
/// <param name="Presence"><c>both</c>, <c>added</c> (only in the new run) or <c>removed</c> (only in the old run).</param>
public sealed record SiteComparison(
    string Url,
    string Presence,
    SiteStatus? OldStatus,
    SiteStatus? NewStatus,
    IReadOnlyList<string> Gained,
    IReadOnlyList<string> Lost,
    IReadOnlyList<ScoreChange> Scores)
{
    public bool Changed => Presence != "both" || OldStatus != NewStatus || Gained.Count > 0 || Lost.Count > 0 || Scores.Any(s => s.Old != s.New);
}
