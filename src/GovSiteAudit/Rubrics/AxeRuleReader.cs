using System.Text.RegularExpressions;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Rubrics;

/// <summary>The <c>axe</c> rule kind: scores accessibility from axe-core's measurements (see rubrics/README.md).</summary>
internal sealed partial class AxeRuleReader
{
    private static readonly string[] AxeKeys = ["max", "impact", "count", "rules", "wcag", "pages"];
    private static readonly string[] AxeCountValues = ["rules", "nodes"];

    private readonly RubricWalk _walk;
    private readonly RubricValues _values;

    public AxeRuleReader(RubricWalk walk, RubricValues values)
    {
        _walk = walk;
        _values = values;
    }

    public AxeRule? ReadAxe(RubricNode node)
    {
        var fields = _walk.Fields(node, "axe rule", AxeKeys, [], "axe takes a mapping of options ({} for no violation at any impact)");
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var max = 0;
        if (fields.TryGetValue("max", out var maxField))
        {
            _walk.Visit(maxField.Value);
            if (maxField.Value is ScalarNode scalar && scalar.TryGetNumber(out var number) && number >= 0 && number <= int.MaxValue && Math.Floor(number) == number)
            {
                max = (int)number;
            }
            else
            {
                _walk.Error(maxField.Value, $"max must be a whole number ≥ 0 (the violations allowed), got {maxField.Value.Describe()}");
                ok = false;
            }
        }

        var impact = AxeImpact.Minor;
        if (fields.TryGetValue("impact", out var impactField))
        {
            var read = _values.ReadChoice(impactField.Value, "impact", AxeImpact.All);
            ok &= read is not null;
            impact = read ?? impact;
        }

        var count = AxeCount.Rules;
        if (fields.TryGetValue("count", out var countField))
        {
            var read = _values.ReadChoice(countField.Value, "count", AxeCountValues);
            ok &= read is not null;
            count = read == "nodes" ? AxeCount.Nodes : AxeCount.Rules;
        }

        var rules = ReadAxeList(fields, "rules", AxeRuleId(), "an axe rule id such as image-alt or color-contrast", ref ok);
        var wcag = ReadAxeList(fields, "wcag", Criterion(), "a WCAG success criterion such as 1.1.1 or 1.4.3", ref ok);
        var pages = _values.ReadPages(fields);
        return ok && pages is not null ? new AxeRule(max, impact, count, rules, wcag, pages.Value) : null;
    }

    private IReadOnlyList<string> ReadAxeList(
        Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Regex pattern, string expected, ref bool ok)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return [];
        }

        _walk.Visit(field.Value);
        if (field.Value is not SequenceNode sequence || sequence.Items.Count == 0)
        {
            _walk.Error(field.Value, $"{key} must be a non-empty list, each item {expected}; got {field.Value.Describe()}");
            ok = false;
            return [];
        }

        var accepted = new List<string>();
        foreach (var item in sequence.Items)
        {
            var text = _values.ReadText(item, key, expected);
            if (text is null)
            {
                ok = false;
            }
            else if (!pattern.IsMatch(text))
            {
                _walk.Error(item, $"'{text}' in {key} is not {expected}");
                ok = false;
            }
            else
            {
                accepted.Add(text);
            }
        }

        return accepted;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AxeRuleId();

    [GeneratedRegex(@"^[1-4]\.[1-9]\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Criterion();
}
