using System.Globalization;

namespace GovSiteAudit.Rubrics;

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
