using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Validates a <see cref="RubricNode"/> tree against the format of <c>rubrics/README.md</c> and builds the
/// <see cref="Rubric"/>: the rubric, its dimensions and indicators here, each indicator's rule in <see cref="RuleReader"/>.
/// It keeps going after an error (<see cref="RubricWalk"/>) so that one run reports every problem in the file.
/// </summary>
internal sealed class RubricModelReader
{
    public static readonly IReadOnlyList<string> RuleKinds = RuleReader.Kinds;

    private static readonly string[] RubricKeys = ["$schema", "id", "name", "language", "description", "dimensions"];
    private static readonly string[] DimensionKeys = ["id", "name", "weight", "description", "indicators"];
    private static readonly string[] IndicatorKeys = ["id", "name", "weight", "description", "rule"];

    /// <summary>Regex options every rubric pattern gets (see README: case-insensitive, 1 s timeout).</summary>
    public const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The largest weight: far above any useful one, and small enough that no sum of weights (at most
    /// <see cref="RubricLimits.MaxNodes"/> of them) or weighted score can overflow to infinity and NaN.
    /// </summary>
    public const double MaxWeight = 1000;

    private readonly RubricWalk _walk;
    private readonly RubricValues _values;
    private readonly RuleReader _rules;
    private readonly Dictionary<string, ScalarNode> _dimensionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarNode> _indicatorIds = new(StringComparer.Ordinal);

    private RubricModelReader(string file)
    {
        _walk = new RubricWalk(file);
        _values = new RubricValues(_walk);
        _rules = new RuleReader(_walk, _values);
    }

    public static Rubric Read(RubricNode? root, string file, string source)
    {
        var reader = new RubricModelReader(file);
        Rubric? rubric = null;
        try
        {
            rubric = reader.ReadRubric(root, source);
        }
        catch (RubricWalk.WalkLimitReached)
        {
            // The limit error is already recorded; the rest of the file is not worth walking.
        }

        if (reader._walk.Errors.Count > 0 || rubric is null)
        {
            var distinct = reader._walk.Errors
                .Distinct()
                .OrderBy(e => e.Line)
                .ThenBy(e => e.Column)
                .ToList();
            throw new RubricException(distinct);
        }

        return rubric with { Warnings = reader._walk.Warnings.Distinct().ToList() };
    }

    /// <summary>Compiles a glob (<c>*</c> any characters, <c>?</c> one) into a regex anchored on the whole URL.</summary>
    public static Regex CompileGlob(string glob)
    {
        var pattern = "^" + string.Concat(glob.Select(c => c switch
        {
            '*' => ".*",
            '?' => ".",
            _ => Regex.Escape(c.ToString()),
        })) + "$";
        return new Regex(pattern, PatternOptions, MatchTimeout);
    }

    private Rubric? ReadRubric(RubricNode? root, string source)
    {
        if (root is null || root is ScalarNode { Type: ScalarType.Null })
        {
            _walk.Error(root?.Line ?? 1, root?.Column ?? 1,
                "the file is empty; a rubric is a mapping with the keys id, name and dimensions");
            return null;
        }

        var fields = _walk.Fields(root, "the rubric", RubricKeys, ["id", "name", "dimensions"]);
        if (fields is null)
        {
            return null;
        }

        if (fields.TryGetValue("$schema", out var schema))
        {
            _values.ReadText(schema.Value, "$schema");
        }

        var id = _walk.Required(fields, "id", v => _values.ReadId(v, "id"));
        var name = _walk.Required(fields, "name", v => _values.ReadText(v, "name"));
        var language = _walk.Optional(fields, "language", v => _values.ReadText(v, "language"));
        var description = _walk.Optional(fields, "description", v => _values.ReadText(v, "description"));
        var dimensions = _walk.Required(fields, "dimensions", v => _walk.ReadList(v, "dimensions", "dimension", ReadDimension));
        if (id is null || name is null || dimensions is null || _walk.Errors.Count > 0)
        {
            return null;
        }

        return new Rubric(id, name, language, description, dimensions, source);
    }

    private Dimension? ReadDimension(RubricNode node)
    {
        var fields = _walk.Fields(node, RubricWalk.Describe(node, "dimension"), DimensionKeys, ["id", "name", "weight", "indicators"]);
        if (fields is null)
        {
            return null;
        }

        var id = _walk.Required(fields, "id", v => _values.ReadId(v, "id"));
        if (id is not null)
        {
            Unique(_dimensionIds, id, fields["id"].Value, "dimension");
        }

        var name = _walk.Required(fields, "name", v => _values.ReadText(v, "name"));
        var weight = _walk.Required(fields, "weight", v => _values.ReadWeight(v));
        var description = _walk.Optional(fields, "description", v => _values.ReadText(v, "description"));
        var indicators = _walk.Required(fields, "indicators", v => _walk.ReadList(v, "indicators", "indicator", ReadIndicator));
        return id is null || name is null || weight is null || indicators is null
            ? null
            : new Dimension(id, name, weight.Value, description, indicators);
    }

    private Indicator? ReadIndicator(RubricNode node)
    {
        var fields = _walk.Fields(node, RubricWalk.Describe(node, "indicator"), IndicatorKeys, ["id", "name", "weight", "rule"]);
        if (fields is null)
        {
            return null;
        }

        var id = _walk.Required(fields, "id", v => _values.ReadId(v, "id"));
        if (id is not null)
        {
            Unique(_indicatorIds, id, fields["id"].Value, "indicator");
        }

        var name = _walk.Required(fields, "name", v => _values.ReadText(v, "name"));
        var weight = _walk.Required(fields, "weight", v => _values.ReadWeight(v));
        var description = _walk.Optional(fields, "description", v => _values.ReadText(v, "description"));
        // Rule mapping depth: rubric 1, dimensions 2, dimension 3, indicators 4, indicator 5, rule 6.
        var rule = _walk.Required(fields, "rule", v => _rules.ReadRule(v, 6));
        return id is null || name is null || weight is null || rule is null
            ? null
            : new Indicator(id, name, weight.Value, description, rule);
    }

    private void Unique(Dictionary<string, ScalarNode> seen, string id, RubricNode node, string what)
    {
        if (seen.TryGetValue(id, out var first))
        {
            if (!ReferenceEquals(first, node))
            {
                _walk.Error(node, $"duplicate {what} id '{id}' (first at line {first.Line}); {what} ids must be unique{(what == "indicator" ? " in the whole rubric" : "")}");
            }
            else
            {
                _walk.Error(node, $"{what} '{id}' is used twice (through a YAML alias); {what} ids must be unique");
            }

            return;
        }

        seen[id] = (ScalarNode)node;
    }
}
