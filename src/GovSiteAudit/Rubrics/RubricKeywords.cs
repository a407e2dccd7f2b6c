namespace GovSiteAudit.Rubrics;

/// <summary>Keyword views of a rubric that other stages use.</summary>
public static class RubricKeywords
{
    /// <summary>
    /// Distinct include-keywords of every <see cref="LinkTextRule"/> (inside any/all/not too), in rubric order.
    /// The crawler visits links matching them first, because those pages likely carry the indicators.
    /// </summary>
    public static IReadOnlyList<string> LinkKeywords(this Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keywords = new List<string>();
        foreach (var (_, indicator) in rubric.AllIndicators)
        {
            foreach (var rule in Flatten(indicator.Rule))
            {
                if (rule is LinkTextRule link)
                {
                    keywords.AddRange(link.Keywords.Include.SelectMany(KeywordSyntax.PlainParts).Where(seen.Add));
                }
            }
        }

        return keywords;
    }

    private static IEnumerable<Rule> Flatten(Rule rule) => rule switch
    {
        AnyRule any => any.Rules.SelectMany(Flatten),
        AllRule all => all.Rules.SelectMany(Flatten),
        NotRule not => Flatten(not.Inner),
        _ => [rule],
    };
}
