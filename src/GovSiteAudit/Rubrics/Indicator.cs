namespace GovSiteAudit.Rubrics;

public sealed record Indicator(
    string Id,
    string Name,
    double Weight,
    string? Description,
    Rule Rule);
