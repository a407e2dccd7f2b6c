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
    /// <summary>
    /// SHA-256 of the rubric's content (<c>sha256:…</c>, see <see cref="RubricFingerprint"/>), set when it is loaded from
    /// text; null for a rubric built in code. Recorded in each run's <c>run.json</c>.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// What is valid but likely a mistake (a regex with a nested quantifier), with file, line and column: said by
    /// <c>rubric validate</c>, <c>audit</c> and <c>rescore</c>, never an error.
    /// </summary>
    public IReadOnlyList<RubricError> Warnings { get; init; } = [];

    public IEnumerable<(Dimension Dimension, Indicator Indicator)> AllIndicators =>
        Dimensions.SelectMany(d => d.Indicators.Select(i => (d, i)));
}
