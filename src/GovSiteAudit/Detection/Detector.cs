using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>
/// Applies a rubric's rules to a site snapshot. Pure: no browser, no network; time enters only as a budget (patterns
/// that run too long are stopped, see <see cref="PatternBudget"/>), and what it stopped is said in the finding.
/// </summary>
public static class Detector
{
    /// <summary>
    /// One finding per indicator, in rubric order. A found indicator earns its weight and carries evidence;
    /// the rest earn 0 and carry none. Pages and frames are parsed once and shared by all indicators.
    /// An indicator that could not be decided — a pattern timed out, <paramref name="budget"/> (the site's time) ran
    /// out, the rule failed on a page — is not found and carries a <see cref="Finding.Note"/> saying so.
    /// </summary>
    public static IReadOnlyList<Finding> Detect(Rubric rubric, SiteSnapshot site, CancellationToken budget = default) =>
        Detect(rubric, site, budget, TimeProvider.System);

    /// <summary>The same, with the audit time that freshness (days_since_update) counts to.</summary>
    public static IReadOnlyList<Finding> Detect(Rubric rubric, SiteSnapshot site, DateTimeOffset auditedAt, CancellationToken budget = default) =>
        Detect(rubric, site, budget, TimeProvider.System, auditedAt);

    /// <param name="builtIn">The detector's own patterns; <see cref="BuiltInPatterns.Default"/> unless a test bounds them otherwise.</param>
    internal static IReadOnlyList<Finding> Detect(
        Rubric rubric, SiteSnapshot site, CancellationToken budget, TimeProvider time, DateTimeOffset? auditedAt = null, SiteMetrics? metrics = null,
        BuiltInPatterns? builtIn = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(site);
        var patterns = builtIn ?? BuiltInPatterns.Default;
        var documents = metrics is null
            ? new SiteDocuments(site, new PatternBudget(time, budget)) { AuditedAt = auditedAt, BuiltIn = patterns }
            : new SiteDocuments(site, new PatternBudget(time, budget)) { AuditedAt = auditedAt, Metrics = metrics, BuiltIn = patterns };

        var findings = new List<Finding>();
        foreach (var (dimension, indicator) in rubric.AllIndicators)
        {
            if (budget.IsCancellationRequested)
            {
                findings.Add(new Finding(dimension.Id, indicator.Id, false, 0, null,
                    "not evaluated: the site's time budget (--site-timeout) ran out during detection"));
                continue;
            }

            var undeterminedBefore = documents.Patterns.Undetermined;
            Evidence? evidence;
            string? note = null;
            try
            {
                evidence = Evaluate(indicator.Rule, documents);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
            {
                // A built-in pattern (BuiltInPatterns: headline dates, feed addresses) that ran out of time on a starved machine or a
                // hostile page: this indicator is not determined, and the batch goes on (the benchmark once lost a run to it).
                evidence = null;
                note = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not determined: a pattern timed out after {e.MatchTimeout.TotalSeconds:0.##} s");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or System.Xml.XPath.XPathException)
            {
                // A rubric built around the loader's checks, or a page the engine chokes on: this indicator, not the batch.
                evidence = null;
                note = $"rule failed: {e.Message}";
            }

            if (evidence == null && note == null && documents.Patterns.Undetermined > undeterminedBefore)
            {
                note = $"not determined: {documents.Patterns.LastReason}";
            }

            findings.Add(new Finding(dimension.Id, indicator.Id, evidence != null, evidence != null ? indicator.Weight : 0, evidence, note));
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

    /// <summary>The same, with the audit time that freshness (days_since_update) counts to.</summary>
    public static Evidence? Evaluate(Rule rule, SiteSnapshot site, DateTimeOffset auditedAt)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(site);
        return Evaluate(rule, new SiteDocuments(site) { AuditedAt = auditedAt });
    }

    internal static Evidence? Evaluate(Rule rule, SiteDocuments site) => rule switch
    {
        AnyRule any => any.Rules.Select(r => Evaluate(r, site)).FirstOrDefault(e => e != null),
        AllRule all => EvaluateAll(all, site),
        NotRule not => EvaluateNot(not, site),
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
        FeedRule feed => FeatureDetection.Feed(feed, site),
        AccountLinkRule account => FeatureDetection.AccountLink(account, site),
        HandlerRule handler => FeatureDetection.Handler(handler, site),
        BlockRule block => BlockDetection.Block(block, site),
        AxeRule axe => AccessibilityDetection.Axe(axe, site),
        MetricRule metric => MetricDetection.Metric(metric, site),
        _ => throw new NotSupportedException($"Rule kind {rule.GetType().Name} has no detector."),
    };

    /// <summary>Found when the inner rule is not — unless the inner rule could not be decided (a pattern timed out).</summary>
    private static Evidence? EvaluateNot(NotRule not, SiteDocuments site)
    {
        var undeterminedBefore = site.Patterns.Undetermined;
        if (Evaluate(not.Inner, site) != null || site.Patterns.Undetermined > undeterminedBefore)
        {
            return null;
        }

        return new Evidence(site.HomeUrl, "not", VisibleText.Shorten("no match: " + RuleDescription.Summary(not.Inner)));
    }

    private static Evidence? EvaluateAll(AllRule all, SiteDocuments site)
    {
        Evidence? first = null;
        foreach (var rule in all.Rules)
        {
            var evidence = Evaluate(rule, site);
            if (evidence == null)
            {
                return null;
            }

            first ??= evidence;
        }

        return first;
    }
}
