using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Scoring;

/// <summary>Turns findings into 0–100 dimension scores and their dimension-weighted mean.</summary>
public static class Scorer
{
    /// <summary>
    /// Dimension score = 100 × weight of found indicators / weight of all its indicators (0 when it has none);
    /// <c>Total</c> = Σ(dimension weight × score) / Σ dimension weight. Reported values are rounded to one
    /// decimal (half away from zero); the total is computed from unrounded scores so rounding never compounds.
    /// An indicator without a finding counts as not found.
    /// </summary>
    public static SiteScore Score(Rubric rubric, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(findings);
        var found = findings.Where(f => f.Found)
            .Select(f => (f.DimensionId, f.IndicatorId))
            .ToHashSet();

        var dimensions = new List<DimensionScore>();
        double weighted = 0;
        double dimensionWeights = 0;
        foreach (var dimension in rubric.Dimensions)
        {
            var total = dimension.Indicators.Sum(i => i.Weight);
            var earned = dimension.Indicators.Where(i => found.Contains((dimension.Id, i.Id))).Sum(i => i.Weight);
            var score = total > 0 ? 100 * earned / total : 0;
            dimensions.Add(new DimensionScore(dimension.Id, Round(score), earned, total));
            weighted += dimension.Weight * score;
            dimensionWeights += dimension.Weight;
        }

        return new SiteScore(dimensions, Round(dimensionWeights > 0 ? weighted / dimensionWeights : 0));
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
