using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <param name="Formats">CSV is always written; JSON adds results.json, HTML adds report.html.</param>
/// <param name="SaveSnapshots">Keep each site's snapshot under snapshots/ for <c>rescore</c>.</param>
public sealed record AuditOptions(
    Rubric Rubric,
    string OutputDirectory,
    int Concurrency = 1,
    ReportFormats Formats = ReportFormats.Csv,
    bool SaveSnapshots = false)
{
    /// <summary>Pause before the one retry of a transient failure (timeouts, resets, 5xx).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Continue the CSVs of an interrupted run (--resume, after <see cref="ResumeState.Prepare"/>) instead of starting them afresh.</summary>
    public bool Append { get; init; }

    /// <summary>
    /// The budget of a whole site (--site-timeout): crawl and detection. Detection gets what the crawl left, and at
    /// least <see cref="DetectionReserve"/>, which the crawler leaves free. Null: no budget for detection.
    /// </summary>
    public TimeSpan? SiteTimeout { get; init; }

    /// <summary>
    /// Every target of the run for snapshots/manifest.json — on --resume, those recorded before too; null: the targets
    /// audited now (with, on --resume, those the manifest already lists).
    /// </summary>
    public IReadOnlyList<AuditTarget>? ManifestTargets { get; init; }

    /// <summary>
    /// The part of a site's budget kept for detecting and scoring the pages read: a tenth of it, from 0.5 s to 10 s
    /// (never more than half). The crawl stops that much before the budget ends.
    /// </summary>
    public static TimeSpan DetectionReserve(TimeSpan siteTimeout) =>
        TimeSpan.FromTicks(Math.Min(siteTimeout.Ticks / 2,
            Math.Clamp(siteTimeout.Ticks / 10, TimeSpan.FromSeconds(0.5).Ticks, TimeSpan.FromSeconds(10).Ticks)));
}
