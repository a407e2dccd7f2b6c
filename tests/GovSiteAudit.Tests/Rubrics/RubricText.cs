using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>Small rubrics written inline, and ways to look at what the loader made of them.</summary>
internal static class RubricText
{
    /// <summary>A valid rubric whose only indicator has the given rule, written in YAML flow style on line 11.</summary>
    public static string WithRule(string ruleFlow) => $"""
        id: t
        name: T
        dimensions:
          - id: d
            name: D
            weight: 1
            indicators:
              - id: i
                name: I
                weight: 1
                rule: {ruleFlow}

        """;

    /// <summary>1-based line and column of the <paramref name="occurrence"/>-th <paramref name="needle"/>.</summary>
    public static (int Line, int Column) Find(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.That(index, Is.GreaterThanOrEqualTo(0), $"test text lacks '{needle}' #{occurrence}");
        }

        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    /// <summary>The errors of an invalid rubric; fails the test if it loads.</summary>
    public static IReadOnlyList<RubricError> Errors(string text, string source = "test.yaml")
    {
        var e = Assert.Throws<RubricException>(() => RubricLoader.Parse(text, source));
        return e!.Errors;
    }

    /// <summary>The single error of an invalid rubric, checked to be at <paramref name="at"/>.</summary>
    public static RubricError SingleError(string text, (int Line, int Column) at, string source = "test.yaml")
    {
        var errors = Errors(text, source);
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        var error = errors[0];
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo(source));
            Assert.That((error.Line, error.Column), Is.EqualTo(at), error.ToString());
        });
        return error;
    }

    /// <summary>
    /// A structural dump of a model (records, lists, regexes), so two rubrics can be compared for equality:
    /// records compare lists and regexes by reference.
    /// </summary>
    public static string Dump(object? value)
    {
        var builder = new StringBuilder();
        Dump(value, builder, 0);
        return builder.ToString();
    }

    private static void Dump(object? value, StringBuilder builder, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('"').Append(s).Append('"');
                break;
            case Regex regex:
                builder.Append(CultureInfo.InvariantCulture, $"/{regex}/ {regex.Options} {regex.MatchTimeout}");
                break;
            case double d:
                builder.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Enum or bool or int:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    builder.Append('\n').Append(pad).Append("  ");
                    Dump(item, builder, indent + 1);
                }

                builder.Append(']');
                break;
            default:
                var type = value.GetType();
                builder.Append(type.Name).Append(" {");
                foreach (var property in type.GetProperties().Where(p => p.Name is not ("Source" or "AllIndicators" or "EqualityContract")).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append('\n').Append(pad).Append("  ").Append(property.Name).Append(" = ");
                    Dump(property.GetValue(value), builder, indent + 1);
                }

                builder.Append('}');
                break;
        }
    }

    public static string FixturePath(params string[] parts) =>
        Path.Combine([TestContext.CurrentContext.TestDirectory, "Fixtures", "rubrics", .. parts]);
}
