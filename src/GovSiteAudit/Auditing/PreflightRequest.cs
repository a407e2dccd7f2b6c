using GovSiteAudit.Results;

namespace GovSiteAudit.Auditing;

/// <summary>What an <c>audit</c> run asks for before anything is crawled.</summary>
/// <param name="Rubric">A rubric file, a built-in name, or null for the default.</param>
/// <param name="Targets">URLs and target-list files.</param>
/// <param name="Shard">K/N or auto/N, or null for the whole list.</param>
/// <param name="Resume">Continue the run recorded in <paramref name="OutputDirectory"/>.</param>
/// <param name="Browser">An explicit browser executable, or null to look for one.</param>
public sealed record PreflightRequest(
    string? Rubric,
    IReadOnlyList<string> Targets,
    string OutputDirectory,
    QualityGate? Gate,
    string? Shard,
    bool Resume,
    string? Browser,
    bool AllowBrowserInstall);
