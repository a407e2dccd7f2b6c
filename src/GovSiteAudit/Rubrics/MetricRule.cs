namespace GovSiteAudit.Rubrics;

/// <summary>
/// Found when the site's measurement <paramref name="Metric"/> (see <see cref="MetricCatalog"/>) was taken and is at most
/// <paramref name="Max"/>, at least <paramref name="Min"/> and equal to <paramref name="Expected"/>, each when given. A
/// measurement that was not taken never passes: an unmeasured site is not a fast, fresh or working one.
/// </summary>
/// <param name="Expected">For a yes/no metric: 1 for true, 0 for false; for a number, the exact value.</param>
public sealed record MetricRule(string Metric, double? Max, double? Min, double? Expected) : Rule;
