using System.Globalization;

namespace GovSiteAudit.Rubrics;

/// <summary>Plain words for the <c>metric</c> rule kind (<c>rubric explain</c>) and its one-line summary.</summary>
public static partial class RuleDescription
{
    private static string MetricSentence(MetricRule r)
    {
        var definition = MetricCatalog.Find(r.Metric);
        var meaning = definition?.Meaning ?? r.Metric;
        return $"the measurement {r.Metric} ({meaning}) {Conditions(r, definition)}; a site where it was not measured does not have it";
    }

    /// <summary>One line: <c>metric load_ms ≤ 3000</c>.</summary>
    public static string MetricSummary(MetricRule r) => $"metric {r.Metric} {Bounds(r, MetricCatalog.Find(r.Metric))}";

    private static string Conditions(MetricRule r, MetricDefinition? definition)
    {
        var unit = definition is { Unit.Length: > 0 } ? " " + definition.Unit : "";
        var parts = new List<string>();
        if (definition?.Type == MetricType.Boolean && r.Expected is { } flag)
        {
            return $"is {(flag != 0 ? "true" : "false")}";
        }

        if (r.Expected is { } exact)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"is exactly {exact}{unit}"));
        }

        if (r.Min is { } min)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"is at least {min}{unit}"));
        }

        if (r.Max is { } max)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"is at most {max}{unit}"));
        }

        return string.Join(" and ", parts);
    }

    private static string Bounds(MetricRule r, MetricDefinition? definition)
    {
        if (definition?.Type == MetricType.Boolean && r.Expected is { } flag)
        {
            return flag != 0 ? "= true" : "= false";
        }

        var parts = new List<string>();
        if (r.Expected is { } exact)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"= {exact}"));
        }

        if (r.Min is { } min)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {min}"));
        }

        if (r.Max is { } max)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {max}"));
        }

        return string.Join(" ", parts);
    }
}
