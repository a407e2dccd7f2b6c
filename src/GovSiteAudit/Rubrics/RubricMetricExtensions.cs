namespace GovSiteAudit.Rubrics;

/// <summary>What a rubric scores from measurements (the <c>metric</c> rule kind) rather than from what pages show.</summary>
public static class RubricMetricExtensions
{
    /// <summary>True when the rule (at any depth of any/all/not) is of kind <c>metric</c>.</summary>
    public static bool IsMeasured(this Rule rule) => rule switch
    {
        MetricRule => true,
        AnyRule any => any.Rules.Any(IsMeasured),
        AllRule all => all.Rules.Any(IsMeasured),
        NotRule not => IsMeasured(not.Inner),
        _ => false,
    };
}
