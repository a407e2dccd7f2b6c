namespace GovSiteAudit.Results;

/// <summary>
/// CI thresholds: a minimum total and/or minimum per-dimension scores. Sites that could not be read have no
/// score and are not violations — their <c>status</c> column reports them; the gate judges scores only.
/// </summary>
public sealed record QualityGate(double? MinimumTotal, IReadOnlyDictionary<string, double> MinimumByDimension)
{
    public const string Total = "total";

    /// <summary>Dimension ids in the thresholds that the rubric does not have (a typo would otherwise pass silently).</summary>
    public IReadOnlyList<string> UnknownDimensions(Rubrics.Rubric rubric) =>
        MinimumByDimension.Keys.Where(id => rubric.Dimensions.All(d => d.Id != id)).ToList();

    /// <exception cref="QualityGateException">A threshold names a dimension the rubric does not have.</exception>
    public void EnsureDimensionsExist(Rubrics.Rubric rubric)
    {
        if (UnknownDimensions(rubric) is { Count: > 0 } unknown)
        {
            throw new QualityGateException(rubric, unknown);
        }
    }

    public IReadOnlyList<GateViolation> Check(IEnumerable<SiteSummary> sites)
    {
        var violations = new List<GateViolation>();
        foreach (var site in sites)
        {
            if (site.Score is null)
            {
                continue;
            }
            foreach (var (dimension, minimum) in MinimumByDimension)
            {
                if (site.DimensionScore(dimension) is { } score && score < minimum)
                {
                    violations.Add(new GateViolation(site.Url, dimension, score, minimum));
                }
            }
            if (MinimumTotal is { } minimumTotal && site.Score.Total < minimumTotal)
            {
                violations.Add(new GateViolation(site.Url, Total, site.Score.Total, minimumTotal));
            }
        }
        return violations;
    }
}
