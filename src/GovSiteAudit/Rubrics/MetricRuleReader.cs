namespace GovSiteAudit.Rubrics;

/// <summary>The <c>metric</c> rule kind: scores a measurement of the site (speed, links, freshness, search, phone fit).</summary>
internal sealed class MetricRuleReader
{
    private static readonly string[] MetricKeys = ["metric", "max", "min", "equals"];

    private readonly RubricWalk _walk;
    private readonly RubricValues _values;

    public MetricRuleReader(RubricWalk walk, RubricValues values)
    {
        _walk = walk;
        _values = values;
    }

    public MetricRule? ReadMetric(RubricNode node)
    {
        var fields = _walk.Fields(node, "metric rule", MetricKeys, ["metric"]);
        if (fields is null)
        {
            return null;
        }

        var name = fields.TryGetValue("metric", out var metricField) ? _values.ReadText(metricField.Value, "metric", "a metric name") : null;
        var definition = name is null ? null : MetricCatalog.Find(name);
        if (name is not null && definition is null)
        {
            _walk.Error(metricField.Value, $"unknown metric '{name}'{SpellingSuggestion.For(name, MetricCatalog.Names)}; known metrics: {string.Join(", ", MetricCatalog.Names)}");
        }

        var ok = definition is not null;
        double? max = null, min = null, expected = null;
        if (fields.TryGetValue("max", out var maxField))
        {
            max = ReadBound(maxField.Value, "max", definition, ref ok);
        }

        if (fields.TryGetValue("min", out var minField))
        {
            min = ReadBound(minField.Value, "min", definition, ref ok);
        }

        if (fields.TryGetValue("equals", out var equalsField))
        {
            expected = ReadEquals(equalsField.Value, definition, ref ok);
        }

        if (definition is not null && max is null && min is null && expected is null && ok)
        {
            _walk.Error(node, definition.Type == MetricType.Boolean
                ? $"the metric {definition.Name} needs equals: true or false"
                : $"the metric {definition.Name} needs max, min or equals (a number)");
            ok = false;
        }

        if (max is { } high && min is { } low && low > high)
        {
            _walk.Error(node, $"min ({low}) is above max ({high}): no value could pass");
            ok = false;
        }

        return ok && definition is not null ? new MetricRule(definition.Name, max, min, expected) : null;
    }

    private double? ReadBound(RubricNode node, string key, MetricDefinition? definition, ref bool ok)
    {
        _walk.Visit(node);
        if (definition?.Type == MetricType.Boolean)
        {
            _walk.Error(node, $"{key} does not apply to {definition.Name}, which is true or false; use equals");
            ok = false;
            return null;
        }

        if (node is ScalarNode scalar && scalar.TryGetNumber(out var number) && double.IsFinite(number) && number >= 0)
        {
            return number;
        }

        _walk.Error(node, $"{key} must be a number ≥ 0, got {node.Describe()}");
        ok = false;
        return null;
    }

    private double? ReadEquals(RubricNode node, MetricDefinition? definition, ref bool ok)
    {
        _walk.Visit(node);
        if (definition?.Type == MetricType.Boolean)
        {
            if (node is ScalarNode { Type: ScalarType.Bool } flag)
            {
                return bool.Parse(flag.Text.ToLowerInvariant()) ? 1 : 0;
            }

            _walk.Error(node, $"equals must be true or false for {definition.Name}, got {node.Describe()}");
            ok = false;
            return null;
        }

        if (node is ScalarNode scalar && scalar.TryGetNumber(out var number) && double.IsFinite(number))
        {
            return number;
        }

        _walk.Error(node, $"equals must be a number{(definition is null ? " (or true/false for a yes/no metric)" : "")}, got {node.Describe()}");
        ok = false;
        return null;
    }
}
