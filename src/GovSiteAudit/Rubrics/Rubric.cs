namespace GovSiteAudit.Rubrics;

/// <summary>A validated rubric: dimensions, each with weighted indicators and one detection rule per indicator.</summary>
public sealed record Rubric(
    string Id,
    string Name,
    string? Language,
    string? Description,
    IReadOnlyList<Dimension> Dimensions,
    string Source)
{
    public IEnumerable<(Dimension Dimension, Indicator Indicator)> AllIndicators =>
        Dimensions.SelectMany(d => d.Indicators.Select(i => (d, i)));
}

public sealed record Dimension(
    string Id,
    string Name,
    double Weight,
    string? Description,
    IReadOnlyList<Indicator> Indicators);

public sealed record Indicator(
    string Id,
    string Name,
    double Weight,
    string? Description,
    Rule Rule);
