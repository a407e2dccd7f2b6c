using System.Globalization;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A node of a rubric document with its position, the same for YAML and JSON, so validation is written
/// once and every error can point at a line and column.
/// </summary>
internal abstract class RubricNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>How the node is described in messages ("a mapping", "'abc'").</summary>
    public abstract string Describe();
}

/// <summary>What a scalar resolves to (YAML 1.2 core schema for plain YAML scalars; JSON token types).</summary>
internal enum ScalarType
{
    Null,
    Bool,
    Number,
    String,
}

internal sealed class ScalarNode(string text, ScalarType type, int line, int column) : RubricNode(line, column)
{
    public string Text { get; } = text;

    public ScalarType Type { get; } = type;

    /// <summary>The value of a number scalar (YAML 1.2 core forms, invariant culture).</summary>
    public bool TryGetNumber(out double value)
    {
        value = 0;
        if (Type != ScalarType.Number)
        {
            return false;
        }

        var normalized = Text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => "Infinity",
            "-.inf" or "-.Inf" or "-.INF" => "-Infinity",
            ".nan" or ".NaN" or ".NAN" => "NaN",
            _ => Text,
        };
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public override string Describe() => Type switch
    {
        ScalarType.Null => "nothing",
        ScalarType.String => $"'{Shorten(Text)}'",
        _ => Shorten(Text),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

internal sealed class MappingNode(int line, int column) : RubricNode(line, column)
{
    public List<KeyValuePair<ScalarNode, RubricNode>> Entries { get; } = [];

    public override string Describe() => "a mapping";
}

internal sealed class SequenceNode(int line, int column) : RubricNode(line, column)
{
    public List<RubricNode> Items { get; } = [];

    public override string Describe() => "a list";
}

/// <summary>Bounds that keep a hostile rubric from exhausting memory, stack or time.</summary>
internal static class RubricLimits
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int MaxDepth = 64;

    /// <summary>Nodes visited while validating, aliases expanded: stops "billion laughs" documents.</summary>
    public const int MaxNodes = 100_000;
}
