namespace GovSiteAudit.Results;

/// <summary>One finished run as the end-of-run reports see it.</summary>
public sealed record RunReport(
    Rubrics.Rubric Rubric,
    IReadOnlyList<string> MetadataColumns,
    IReadOnlyList<SiteSummary> Sites,
    DateTimeOffset GeneratedAt,
    double ElapsedSeconds)
{
    /// <summary>The run was stopped (Ctrl+C, SIGTERM) before every target was done; the reports hold the finished sites.</summary>
    public bool Interrupted { get; init; }
}
