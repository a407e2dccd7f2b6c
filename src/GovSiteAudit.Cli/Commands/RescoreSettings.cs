using GovSiteAudit.Reporting;
using GovSiteAudit.Results;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The settings of one <c>rescore</c> run, mapped once from the parse result.</summary>
internal sealed record RescoreSettings(
    string RunDirectory,
    string? Rubric,
    string OutputDirectory,
    ReportFormats Formats,
    QualityGate? Gate,
    string? JUnitPath,
    bool Quiet);
