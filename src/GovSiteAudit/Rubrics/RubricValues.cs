using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Reads the values in a rubric's fields (text, ids, choices, weights, numbers, flags, regexes, globs, keyword
/// lists), each checked against what rubrics/README.md allows, with an error that says what was expected.
/// </summary>
internal sealed partial class RubricValues
{
    private static readonly string[] PageValues = ["all", "home"];
    private static readonly string[] RegionValues = ["page", "header", "nav", "main", "footer"];
    private const int MaxGapLimit = 200;

    private readonly RubricWalk _walk;

    public RubricValues(RubricWalk walk)
    {
        _walk = walk;
    }

    public Region? ReadRegion(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields)
    {
        if (!fields.TryGetValue("region", out var field))
        {
            return Region.Page;
        }

        return ReadChoice(field.Value, "region", RegionValues) switch
        {
            "page" => Region.Page,
            "header" => Region.Header,
            "nav" => Region.Nav,
            "main" => Region.Main,
            "footer" => Region.Footer,
            _ => null,
        };
    }

    public PageScope? ReadPages(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields)
    {
        if (!fields.TryGetValue("pages", out var field))
        {
            return PageScope.All;
        }

        return ReadChoice(field.Value, "pages", PageValues) switch
        {
            "all" => PageScope.All,
            "home" => PageScope.Home,
            _ => null,
        };
    }

    public string? ReadChoice(RubricNode node, string key, IReadOnlyList<string> allowed)
    {
        _walk.Visit(node);
        if (node is ScalarNode scalar && scalar.Type == ScalarType.String && allowed.Contains(scalar.Text))
        {
            return scalar.Text;
        }

        var suggestion = node is ScalarNode s ? SpellingSuggestion.For(s.Text, allowed) : "";
        _walk.Error(node, $"{key} must be one of {string.Join(", ", allowed)}{suggestion}; got {node.Describe()}");
        return null;
    }

    public string? ReadText(RubricNode node, string key, string expected = "text")
    {
        _walk.Visit(node);
        if (node is not ScalarNode scalar || scalar.Type != ScalarType.String)
        {
            var hint = node is ScalarNode { Type: ScalarType.Number or ScalarType.Bool } ? " (put it in quotes to make it text)" : "";
            _walk.Error(node, $"{key} must be {expected}, got {node.Describe()}{hint}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Text))
        {
            _walk.Error(node, $"{key} must not be empty");
            return null;
        }

        return scalar.Text;
    }

    public string? ReadId(RubricNode node, string key)
    {
        var id = ReadText(node, key, "an id (letters, digits, '_' or '-')");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            _walk.Error(node, $"{key} may only use letters, digits, '_' and '-', got '{id}'");
            return null;
        }

        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public double? ReadWeight(RubricNode node)
    {
        _walk.Visit(node);
        if (node is ScalarNode scalar && scalar.TryGetNumber(out var weight) && double.IsFinite(weight) && weight > 0 && weight <= RubricModelReader.MaxWeight)
        {
            return weight;
        }

        _walk.Error(node, $"weight must be a number > 0 and at most {RubricModelReader.MaxWeight}, got {node.Describe()}");
        return null;
    }

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    public int? ReadPositiveInteger(RubricNode node, string key)
    {
        _walk.Visit(node);
        if (node is ScalarNode scalar && scalar.TryGetNumber(out var number)
            && number >= 1 && number <= int.MaxValue && Math.Floor(number) == number)
        {
            return (int)number;
        }

        _walk.Error(node, $"{key} must be a whole number ≥ 1, got {node.Describe()}");
        return null;
    }

    public bool OptionalBool(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, bool defaultValue, ref bool ok)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return defaultValue;
        }

        _walk.Visit(field.Value);
        if (field.Value is ScalarNode { Type: ScalarType.Bool } scalar)
        {
            return bool.Parse(scalar.Text.ToLowerInvariant());
        }

        _walk.Error(field.Value, $"{key} must be true or false, got {field.Value.Describe()}");
        ok = false;
        return defaultValue;
    }

    public Regex? OptionalRegex(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, ref bool ok)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return null;
        }

        var regex = ReadRegex(field.Value, key);
        ok &= regex is not null;
        return regex;
    }

    public Regex? ReadRegex(RubricNode node, string key)
    {
        var pattern = ReadText(node, key, "a regex");
        if (pattern is null)
        {
            return null;
        }

        Regex regex;
        try
        {
            regex = new Regex(pattern, RubricModelReader.PatternOptions, RubricModelReader.MatchTimeout);
        }
        catch (ArgumentException e)
        {
            var where = key == "regex" ? "" : $" in {key}";
            _walk.Error(node, $"invalid regex '{pattern}'{where}: {e.Message}");
            return null;
        }

        // A warning, not an error: the heuristic cannot be sure, and the detector bounds such a pattern anyway.
        if (NestedQuantifier.Find(pattern) is { } group)
        {
            _walk.Warn(node,
                $"the regex '{Shorten(pattern)}' has a nested quantifier: the group '{Shorten(group)}' repeats something that repeats " +
                "itself, which can take exponential time on a long text it does not match. The audit stops such a match after " +
                $"{RubricModelReader.MatchTimeout.TotalSeconds:0} s and does not run the pattern again on that site (its indicator is then reported as timed " +
                "out); rewrite it without the nesting ('(a+)+b' matches what 'a+b' does)");
        }

        return regex;
    }

    public (Regex Regex, string Source)? ReadGlob(RubricNode node)
    {
        var glob = ReadText(node, "glob", "a glob ('*' any characters, '?' one)");
        if (glob is null)
        {
            return null;
        }

        var bad = glob.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c));
        if (bad != default)
        {
            _walk.Error(node, $"invalid glob '{glob}': a URL glob cannot contain white space or control characters (U+{(int)bad:X4})");
            return null;
        }

        return (RubricModelReader.CompileGlob(glob), glob);
    }

    public KeywordSet? ReadKeywordSet(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string includeKey, string excludeKey)
    {
        var include = fields.TryGetValue(includeKey, out var includeField) ? ReadKeywords(includeField.Value, includeKey) : null;
        IReadOnlyList<string>? exclude = [];
        if (fields.TryGetValue(excludeKey, out var excludeField))
        {
            exclude = ReadKeywords(excludeField.Value, excludeKey);
        }

        var maxGap = KeywordSet.DefaultMaxGap;
        if (fields.TryGetValue("max_gap", out var maxGapField))
        {
            var read = ReadPositiveInteger(maxGapField.Value, "max_gap");
            if (read > MaxGapLimit)
            {
                _walk.Error(maxGapField.Value, $"max_gap must be at most {MaxGapLimit} characters, got {read}");
                read = null;
            }

            if (read is null)
            {
                return null;
            }

            maxGap = read.Value;
        }

        return include is null || exclude is null ? null : new KeywordSet(include, exclude, maxGap);
    }

    public IReadOnlyList<string>? ReadKeywords(RubricNode node, string key)
    {
        _walk.Visit(node);
        if (node is not SequenceNode sequence)
        {
            _walk.Error(node, $"{key} must be a list of keywords, e.g. [FAQ, 常見問題], got {node.Describe()}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            _walk.Error(node, $"{key} must list at least one keyword, got an empty list");
            return null;
        }

        var keywords = sequence.Items.Select(item =>
        {
            var keyword = ReadText(item, "a keyword", "text");
            var problem = keyword is null ? null : KeywordSyntax.Problem(keyword);
            if (problem is not null)
            {
                _walk.Error(item, $"keyword {problem}");
                return null;
            }

            return keyword;
        }).ToList();
        return RubricWalk.AllOrNull(keywords);
    }
}
