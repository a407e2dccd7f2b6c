using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>Applies a rubric's rules to a site snapshot. Pure: no browser, no network, no clock.</summary>
public static class Detector
{
    /// <summary>
    /// One finding per indicator, in rubric order. A found indicator earns its weight and carries evidence;
    /// the rest earn 0 and carry none. Pages and frames are parsed once and shared by all indicators.
    /// </summary>
    public static IReadOnlyList<Finding> Detect(Rubric rubric, SiteSnapshot site)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(site);
        var documents = new SiteDocuments(site);
        var findings = new List<Finding>();
        foreach (var (dimension, indicator) in rubric.AllIndicators)
        {
            Evidence? evidence = Evaluate(indicator.Rule, documents);
            findings.Add(new Finding(dimension.Id, indicator.Id, evidence != null, evidence != null ? indicator.Weight : 0, evidence));
        }

        return findings;
    }

    /// <summary>Evaluates one rule against a snapshot: the evidence when found, null when not.</summary>
    public static Evidence? Evaluate(Rule rule, SiteSnapshot site)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(site);
        return Evaluate(rule, new SiteDocuments(site));
    }

    internal static Evidence? Evaluate(Rule rule, SiteDocuments site) => rule switch
    {
        AnyRule any => any.Rules.Select(r => Evaluate(r, site)).FirstOrDefault(e => e != null),
        AllRule all => EvaluateAll(all, site),
        NotRule not => Evaluate(not.Inner, site) == null
            ? new Evidence(site.HomeUrl, "not", VisibleText.Shorten("no match: " + RuleSummary.Describe(not.Inner)))
            : null,
        LinkTextRule link => MarkupDetection.LinkText(link, site),
        TextRule text => MarkupDetection.Text(text, site),
        HrefRule href => MarkupDetection.Href(href, site),
        XPathRule xpath => MarkupDetection.XPath(xpath, site),
        MetaRule meta => MarkupDetection.Meta(meta, site),
        RequestRule request => MarkupDetection.Request(request, site),
        FormRule form => FormDetection.Form(form, site),
        HeaderRule header => SiteFactDetection.Header(header, site),
        SchemeRule scheme => SiteFactDetection.Scheme(scheme, site),
        HttpsRedirectRule => SiteFactDetection.HttpsRedirect(site),
        StorageRule storage => SiteFactDetection.Storage(storage, site),
        AxeRule axe => AccessibilityDetection.Axe(axe, site),
        _ => throw new NotSupportedException($"Rule kind {rule.GetType().Name} has no detector."),
    };

    private static Evidence? EvaluateAll(AllRule all, SiteDocuments site)
    {
        Evidence? first = null;
        foreach (Rule rule in all.Rules)
        {
            Evidence? evidence = Evaluate(rule, site);
            if (evidence == null)
            {
                return null;
            }

            first ??= evidence;
        }

        return first;
    }
}
