namespace GovSiteAudit.Rubrics;

/// <summary>What a rubric asks of the crawl beyond its pages: whether any indicator needs axe-core results.</summary>
public static class RubricAxeExtensions
{
    /// <summary>True when an indicator's rule (at any depth of any/all/not) is of kind <c>axe</c>.</summary>
    public static bool UsesAxe(this Rubric rubric) => rubric.AllIndicators.Any(x => UsesAxe(x.Indicator.Rule));

    private static bool UsesAxe(Rule rule) => rule switch
    {
        AxeRule => true,
        AnyRule any => any.Rules.Any(UsesAxe),
        AllRule all => all.Rules.Any(UsesAxe),
        NotRule not => UsesAxe(not.Inner),
        _ => false,
    };
}
