namespace GovSiteAudit.Rubrics;

/// <summary>
/// One walk over a rubric's node tree: the errors and warnings found so far, the limits on how far the walk may go
/// (nodes visited, rule depth) and the checks of its structure (a mapping's keys, a list's items) that every reader
/// shares. Errors are collected, not thrown, so that one run reports every problem in the file.
/// </summary>
internal sealed class RubricWalk
{
    private static readonly Dictionary<string, string> Expectations = new(StringComparer.Ordinal)
    {
        ["id"] = "letters, digits, '_' or '-'",
        ["name"] = "text",
        ["weight"] = "a number > 0 and at most 1000",
        ["dimensions"] = "a list of dimensions",
        ["indicators"] = "a list of indicators",
        ["rule"] = "one detection rule",
        ["keywords"] = "a list of keywords",
        ["expression"] = "an XPath expression",
        ["url"] = "a regex",
    };

    private readonly string _file;
    private readonly List<RubricError> _errors = [];
    private readonly List<RubricError> _warnings = [];
    private int _visited;

    public RubricWalk(string file)
    {
        _file = file;
    }

    public IReadOnlyList<RubricError> Errors => _errors;

    public IReadOnlyList<RubricError> Warnings => _warnings;

    /// <summary>Thrown when a limit is reached: its error is already recorded; the rest of the file is not worth walking.</summary>
    public sealed class WalkLimitReached : Exception;

    public void Warn(RubricNode node, string message) =>
        _warnings.Add(new RubricError(_file, node.Line, node.Column, message));

    public T? Required<T>(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, T?> read)
        where T : class =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    public double? Required(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, double?> read) =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    public string? Optional(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, string?> read) =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    public IReadOnlyList<T>? ReadList<T>(RubricNode node, string key, string item, Func<RubricNode, T?> read)
        where T : class
    {
        Visit(node);
        if (node is not SequenceNode sequence)
        {
            Error(node, $"{key} must be a list of {item} mappings, got {node.Describe()}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            Error(node, $"{key} must list at least one {item}, got an empty list");
            return null;
        }

        var items = sequence.Items.Select(read).ToList();
        return AllOrNull(items);
    }

    /// <summary>The items when every one was valid (errors for the others are already recorded).</summary>
    public static List<T>? AllOrNull<T>(List<T?> items)
        where T : class =>
        items.Any(i => i is null) ? null : items.Select(i => i!).ToList();

    /// <summary>The keys of a mapping, checked against the allowed and required ones.</summary>
    public Dictionary<string, KeyValuePair<ScalarNode, RubricNode>>? Fields(
        RubricNode node, string what, IReadOnlyList<string> allowed, IReadOnlyList<string> required, string? notMapping = null)
    {
        Visit(node);
        if (node is not MappingNode mapping)
        {
            Error(node, (notMapping ?? $"{what} must be a mapping with the keys {string.Join(", ", allowed)}") + $", got {node.Describe()}");
            return null;
        }

        var fields = new Dictionary<string, KeyValuePair<ScalarNode, RubricNode>>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key;
            Visit(key);
            if (!allowed.Contains(key.Text))
            {
                Error(key, $"unknown key '{key.Text}' in {what}{SpellingSuggestion.For(key.Text, allowed)}; allowed keys: {string.Join(", ", allowed)}");
                continue;
            }

            if (fields.TryGetValue(key.Text, out var first))
            {
                Error(key, $"duplicate key '{key.Text}' in {what} (first at line {first.Key.Line})");
                continue;
            }

            fields[key.Text] = entry;
        }

        foreach (var key in required.Where(k => !fields.ContainsKey(k)))
        {
            var expected = Expectations.TryGetValue(key, out var e) ? $" ({e})" : "";
            Error(mapping, $"{what} is missing the required key '{key}'{expected}");
        }

        return fields;
    }

    /// <summary>"dimension 'usability'" when the id can be read, else "dimension".</summary>
    public static string Describe(RubricNode node, string kind)
    {
        var id = (node as MappingNode)?.Entries
            .FirstOrDefault(e => e.Key.Text == "id" && e.Value is ScalarNode { Type: ScalarType.String })
            .Value as ScalarNode;
        return id is null ? kind : $"{kind} '{id.Text}'";
    }

    public void Visit(RubricNode node)
    {
        if (++_visited > RubricLimits.MaxNodes)
        {
            Error(node, $"the rubric expands to more than {RubricLimits.MaxNodes:N0} nodes (YAML aliases count each time they are used); refusing to read further");
            throw new WalkLimitReached();
        }
    }

    public void CheckDepth(RubricNode node, int depth)
    {
        if (depth > RubricLimits.MaxDepth)
        {
            Error(node, $"rules are nested deeper than {RubricLimits.MaxDepth} levels (a YAML alias may refer to itself)");
            throw new WalkLimitReached();
        }
    }

    public void Error(RubricNode node, string message) => Error(node.Line, node.Column, message);

    public void Error(int line, int column, string message) =>
        _errors.Add(new RubricError(_file, line, column, message));
}
