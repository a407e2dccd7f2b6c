using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The settings of one <c>audit</c> run, mapped once from the parse result.</summary>
internal sealed record AuditSettings(
    IReadOnlyList<string> Targets,
    string? Rubric,
    string OutputDirectory,
    int Depth,
    int MaxPages,
    TimeSpan PageTimeout,
    string? Browser,
    bool NoInstall,
    string UserAgent,
    bool AllowPrivateNetwork,
    int Concurrency,
    bool Quiet,
    ReportFormats Formats = ReportFormats.Csv,
    bool SaveSnapshots = false,
    QualityGate? Gate = null,
    string? JUnitPath = null,
    bool StrictTls = false)
{
    public BatchSettings Batch { get; init; } = BatchSettings.Default;

    /// <summary>Which pages axe-core tests (--accessibility, --accessibility-pages, --accessibility-tags).</summary>
    public AccessibilityOptions Accessibility { get; init; } = new();

    /// <summary>Speed, phone fit, search probe and link check (--measure, --check-links).</summary>
    public QualityOptions Quality { get; init; } = new();
}
