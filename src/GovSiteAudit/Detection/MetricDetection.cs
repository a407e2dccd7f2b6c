using System.Globalization;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Detection;

/// <summary>The <c>metric</c> rule kind: a verdict over the site's measurements (<see cref="SiteMetrics"/>). Pure: no browser.</summary>
internal static class MetricDetection
{
    public static Evidence? Metric(MetricRule rule, SiteDocuments site)
    {
        var metrics = site.Metrics;
        if (metrics[rule.Metric] is not { } value)
        {
            return null; // Not measured is neither fast nor fresh nor working.
        }

        if ((rule.Max is { } max && value > max) || (rule.Min is { } min && value < min) || (rule.Expected is { } expected && value != expected))
        {
            return null;
        }

        var text = $"{rule.Metric} = {metrics.Cell(rule.Metric)} ({RuleDescription.MetricSummary(rule)})";
        var page = site.HomeUrl;
        if (rule.Metric == "days_since_update" && metrics.Freshness is { } fresh)
        {
            text += string.Create(CultureInfo.InvariantCulture, $": {fresh.Date:yyyy-MM-dd} in {fresh.Source} \"{fresh.Text}\"");
            page = fresh.PageUrl;
        }
        else if (rule.Metric == "search_works" && site.Site.Measurements?.Search is { } search)
        {
            text += $": query '{search.Query}', {search.Reason}";
            page = search.Url ?? search.FormPage;
        }

        return new Evidence(page, "metric", VisibleText.Shorten(text, 240));
    }
}
