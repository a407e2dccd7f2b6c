namespace GovSiteAudit.Rubrics;

public sealed record Dimension(
    string Id,
    string Name,
    double Weight,
    string? Description,
    IReadOnlyList<Indicator> Indicators);
