using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Validates a <see cref="RubricNode"/> tree against the format of <c>rubrics/README.md</c> and builds the
/// <see cref="Rubric"/>. It keeps going after an error so that one run reports every problem in the file.
/// </summary>
internal sealed partial class RubricModelReader
{
    public static readonly IReadOnlyList<string> RuleKinds =
    [
        "any", "all", "not", "link_text", "text", "href", "xpath", "form", "meta", "header", "scheme",
        "https_redirect", "storage", "request", "feed", "account_link", "block", "handler", "axe",
    ];

    private static readonly string[] RubricKeys = ["$schema", "id", "name", "language", "description", "dimensions"];
    private static readonly string[] DimensionKeys = ["id", "name", "weight", "description", "indicators"];
    private static readonly string[] IndicatorKeys = ["id", "name", "weight", "description", "rule"];
    private static readonly string[] PageValues = ["all", "home"];
    private static readonly string[] RegionValues = ["page", "header", "nav", "main", "footer"];
    private static readonly string[] StorageKindValues = ["cookie", "local_storage", "any"];
    private static readonly string[] SchemeValues = ["https", "http"];

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

    /// <summary>Regex options every rubric pattern gets (see README: case-insensitive, 1 s timeout).</summary>
    public const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly string file;
    private readonly List<RubricError> errors = [];
    private readonly List<RubricError> warnings = [];
    private readonly Dictionary<string, ScalarNode> dimensionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarNode> indicatorIds = new(StringComparer.Ordinal);
    private int visited;

    private RubricModelReader(string file)
    {
        this.file = file;
    }

    public static Rubric Read(RubricNode? root, string file, string source)
    {
        var reader = new RubricModelReader(file);
        Rubric? rubric = null;
        try
        {
            rubric = reader.ReadRubric(root, source);
        }
        catch (WalkLimitReached)
        {
            // The limit error is already recorded; the rest of the file is not worth walking.
        }

        if (reader.errors.Count > 0 || rubric is null)
        {
            var distinct = reader.errors
                .Distinct()
                .OrderBy(e => e.Line)
                .ThenBy(e => e.Column)
                .ToList();
            throw new RubricException(distinct);
        }

        return rubric with { Warnings = reader.warnings.Distinct().ToList() };
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

    private sealed class WalkLimitReached : Exception;

    private Rubric? ReadRubric(RubricNode? root, string source)
    {
        if (root is null || root is ScalarNode { Type: ScalarType.Null })
        {
            errors.Add(new RubricError(file, root?.Line ?? 1, root?.Column ?? 1,
                "the file is empty; a rubric is a mapping with the keys id, name and dimensions"));
            return null;
        }

        var fields = Fields(root, "the rubric", RubricKeys, ["id", "name", "dimensions"]);
        if (fields is null)
        {
            return null;
        }

        if (fields.TryGetValue("$schema", out var schema))
        {
            ReadText(schema.Value, "$schema");
        }

        var id = Required(fields, "id", v => ReadId(v, "id"));
        var name = Required(fields, "name", v => ReadText(v, "name"));
        var language = Optional(fields, "language", v => ReadText(v, "language"));
        var description = Optional(fields, "description", v => ReadText(v, "description"));
        var dimensions = Required(fields, "dimensions", v => ReadList(v, "dimensions", "dimension", ReadDimension));
        if (id is null || name is null || dimensions is null || errors.Count > 0)
        {
            return null;
        }

        return new Rubric(id, name, language, description, dimensions, source);
    }

    private Dimension? ReadDimension(RubricNode node)
    {
        var fields = Fields(node, Describe(node, "dimension"), DimensionKeys, ["id", "name", "weight", "indicators"]);
        if (fields is null)
        {
            return null;
        }

        var id = Required(fields, "id", v => ReadId(v, "id"));
        if (id is not null)
        {
            Unique(dimensionIds, id, fields["id"].Value, "dimension");
        }

        var name = Required(fields, "name", v => ReadText(v, "name"));
        var weight = Required(fields, "weight", v => ReadWeight(v));
        var description = Optional(fields, "description", v => ReadText(v, "description"));
        var indicators = Required(fields, "indicators", v => ReadList(v, "indicators", "indicator", ReadIndicator));
        return id is null || name is null || weight is null || indicators is null
            ? null
            : new Dimension(id, name, weight.Value, description, indicators);
    }

    private Indicator? ReadIndicator(RubricNode node)
    {
        var fields = Fields(node, Describe(node, "indicator"), IndicatorKeys, ["id", "name", "weight", "rule"]);
        if (fields is null)
        {
            return null;
        }

        var id = Required(fields, "id", v => ReadId(v, "id"));
        if (id is not null)
        {
            Unique(indicatorIds, id, fields["id"].Value, "indicator");
        }

        var name = Required(fields, "name", v => ReadText(v, "name"));
        var weight = Required(fields, "weight", v => ReadWeight(v));
        var description = Optional(fields, "description", v => ReadText(v, "description"));
        // Rule mapping depth: rubric 1, dimensions 2, dimension 3, indicators 4, indicator 5, rule 6.
        var rule = Required(fields, "rule", v => ReadRule(v, 6));
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
                Error(node, $"duplicate {what} id '{id}' (first at line {first.Line}); {what} ids must be unique{(what == "indicator" ? " in the whole rubric" : "")}");
            }
            else
            {
                Error(node, $"{what} '{id}' is used twice (through a YAML alias); {what} ids must be unique");
            }

            return;
        }

        seen[id] = (ScalarNode)node;
    }

    // ---- rules ----

    private Rule? ReadRule(RubricNode node, int depth)
    {
        Visit(node);
        CheckDepth(node, depth);
        if (node is not MappingNode mapping)
        {
            Error(node, $"a rule must be a mapping with one key, its kind ({string.Join(", ", RuleKinds)}), got {node.Describe()}");
            return null;
        }

        if (mapping.Entries.Count != 1)
        {
            var got = mapping.Entries.Count == 0
                ? "got none"
                : $"got {mapping.Entries.Count}: {string.Join(", ", mapping.Entries.Select(e => e.Key.Text))}; combine rules with 'any' or 'all'";
            Error(mapping, $"a rule has exactly one key, its kind ({string.Join(", ", RuleKinds)}); {got}");
            return null;
        }

        var (key, value) = mapping.Entries[0];
        Visit(key);
        switch (key.Type == ScalarType.String ? key.Text : "")
        {
            case "any":
                var anyRules = ReadRuleList(value, "any", depth);
                return anyRules is null ? null : new AnyRule(anyRules);
            case "all":
                var allRules = ReadRuleList(value, "all", depth);
                return allRules is null ? null : new AllRule(allRules);
            case "not":
                var inner = ReadRule(value, depth + 1);
                return inner is null ? null : new NotRule(inner);
            case "link_text":
                return ReadLinkText(value);
            case "text":
                return ReadTextRule(value);
            case "href":
                return ReadHref(value);
            case "xpath":
                return ReadXPath(value);
            case "form":
                return ReadForm(value);
            case "meta":
                return ReadMeta(value);
            case "header":
                return ReadHeader(value);
            case "scheme":
                var scheme = ReadChoice(value, "scheme", SchemeValues);
                return scheme is null ? null : new SchemeRule(scheme);
            case "https_redirect":
                Visit(value);
                if (value is ScalarNode { Type: ScalarType.Bool } flag && bool.Parse(flag.Text.ToLowerInvariant()))
                {
                    return new HttpsRedirectRule();
                }

                Error(value, $"https_redirect takes the value true, got {value.Describe()}");
                return null;
            case "storage":
                return ReadStorage(value);
            case "request":
                return ReadRequest(value);
            case "feed" or "account_link" or "block" or "handler":
                return ReadFeatureRule(key.Text, value);
            case "axe":
                return ReadAxe(value);
            default:
                Error(key, $"unknown rule kind '{key.Text}'{Suggestion(key.Text, RuleKinds)}; known kinds: {string.Join(", ", RuleKinds)}");
                return null;
        }
    }

    private IReadOnlyList<Rule>? ReadRuleList(RubricNode node, string kind, int depth)
    {
        Visit(node);
        CheckDepth(node, depth + 1);
        if (node is not SequenceNode sequence)
        {
            Error(node, $"{kind} takes a list of rules, got {node.Describe()}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            Error(node, $"{kind} needs at least one rule in its list, got an empty list");
            return null;
        }

        var rules = sequence.Items.Select(item => ReadRule(item, depth + 2)).ToList();
        return AllOrNull(rules);
    }

    private LinkTextRule? ReadLinkText(RubricNode node)
    {
        var fields = Fields(node, "link_text rule", ["keywords", "exclude", "max_gap", "region", "pages", "max_length", "skip_headlines"], ["keywords"]);
        if (fields is null)
        {
            return null;
        }

        var keywords = ReadKeywordSet(fields, "keywords", "exclude");
        var region = ReadRegion(fields);
        var pages = ReadPages(fields);
        var maxLengthOk = true;
        var skipHeadlines = OptionalBool(fields, "skip_headlines", false, ref maxLengthOk);
        int? maxLength = null;
        if (fields.TryGetValue("max_length", out var maxLengthField))
        {
            maxLength = ReadPositiveInteger(maxLengthField.Value, "max_length");
            maxLengthOk = maxLength is not null;
        }

        return keywords is null || region is null || pages is null || !maxLengthOk
            ? null
            : new LinkTextRule(keywords, region.Value, pages.Value, maxLength, skipHeadlines);
    }

    private TextRule? ReadTextRule(RubricNode node)
    {
        var fields = Fields(node, "text rule", ["keywords", "exclude", "max_gap", "region", "pages"], ["keywords"]);
        if (fields is null)
        {
            return null;
        }

        var keywords = ReadKeywordSet(fields, "keywords", "exclude");
        var region = ReadRegion(fields);
        var pages = ReadPages(fields);
        return keywords is null || region is null || pages is null ? null : new TextRule(keywords, region.Value, pages.Value);
    }

    private HrefRule? ReadHref(RubricNode node)
    {
        var fields = Fields(node, "href rule", ["regex", "glob", "pages"], []);
        if (fields is null)
        {
            return null;
        }

        var pages = ReadPages(fields);
        var hasRegex = fields.TryGetValue("regex", out var regexField);
        var hasGlob = fields.TryGetValue("glob", out var globField);
        if (hasRegex == hasGlob)
        {
            Error(hasGlob ? globField.Key : node, hasGlob
                ? "href takes either regex or glob, not both"
                : "href needs a regex or a glob to match the link's URL");
            return null;
        }

        if (hasRegex)
        {
            var regex = ReadRegex(regexField.Value, "regex");
            return regex is null || pages is null ? null : new HrefRule(regex, regex.ToString(), pages.Value);
        }

        var glob = ReadGlob(globField.Value);
        return glob is null || pages is null ? null : new HrefRule(glob.Value.Regex, glob.Value.Source, pages.Value);
    }

    private XPathRule? ReadXPath(RubricNode node)
    {
        var fields = Fields(node, "xpath rule", ["expression", "pages"], ["expression"]);
        if (fields is null)
        {
            return null;
        }

        var pages = ReadPages(fields);
        string? expression = null;
        if (fields.TryGetValue("expression", out var field))
        {
            expression = ReadText(field.Value, "expression");
            if (expression is not null && XPathCheck.Problem(expression) is { } problem)
            {
                Error(field.Value, $"invalid XPath '{Shorten(expression)}': {problem}");
                expression = null;
            }
        }

        return expression is null || pages is null ? null : new XPathRule(expression, pages.Value);
    }

    private FormRule? ReadForm(RubricNode node)
    {
        var fields = Fields(node, "form rule", ["input_type", "role", "name", "label", "label_exclude", "action", "pages"], []);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        IReadOnlyList<string> inputTypes = [];
        if (fields.TryGetValue("input_type", out var inputTypeField))
        {
            var types = ReadInputTypes(inputTypeField.Value);
            ok &= types is not null;
            inputTypes = types ?? [];
        }

        string? role = null;
        if (fields.TryGetValue("role", out var roleField))
        {
            role = ReadText(roleField.Value, "role");
            ok &= role is not null;
        }

        var name = OptionalRegex(fields, "name", ref ok);
        var action = OptionalRegex(fields, "action", ref ok);
        KeywordSet? label = null;
        if (fields.ContainsKey("label"))
        {
            label = ReadKeywordSet(fields, "label", "label_exclude");
            ok &= label is not null;
        }
        else if (fields.TryGetValue("label_exclude", out var labelExclude))
        {
            // On its own, label_exclude keeps a control whose labels say none of these (a search box, not a newsletter box).
            var excluded = ReadKeywords(labelExclude.Value, "label_exclude");
            label = excluded is null ? null : new KeywordSet([], excluded);
            ok &= label is not null;
        }

        if (!fields.Keys.Any(k => k is "input_type" or "role" or "name" or "label" or "action"))
        {
            Error(node, "a form rule needs at least one criterion: input_type, role, name, label or action");
            ok = false;
        }

        var pages = ReadPages(fields);
        return !ok || pages is null ? null : new FormRule(inputTypes, role, name, label, action, pages.Value);
    }

    private IReadOnlyList<string>? ReadInputTypes(RubricNode node)
    {
        Visit(node);
        if (node is SequenceNode sequence)
        {
            if (sequence.Items.Count == 0)
            {
                Error(node, "input_type needs at least one type, got an empty list");
                return null;
            }

            var types = sequence.Items.Select(item => ReadText(item, "input_type")).ToList();
            return types.Any(t => t is null) ? null : types.Select(t => t!.ToLowerInvariant()).ToList();
        }

        var single = ReadText(node, "input_type", "an input type (e.g. search) or a list of them");
        return single is null ? null : [single.ToLowerInvariant()];
    }

    private MetaRule? ReadMeta(RubricNode node)
    {
        var fields = Fields(node, "meta rule", ["name", "content", "pages"], ["name"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var name = Required(fields, "name", v => ReadText(v, "name"));
        var content = OptionalRegex(fields, "content", ref ok);
        var pages = ReadPages(fields);
        return name is null || !ok || pages is null ? null : new MetaRule(name, content, pages.Value);
    }

    private HeaderRule? ReadHeader(RubricNode node)
    {
        var fields = Fields(node, "header rule", ["name", "value"], ["name"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var name = Required(fields, "name", v => ReadText(v, "name"));
        var value = OptionalRegex(fields, "value", ref ok);
        return name is null || !ok ? null : new HeaderRule(name, value);
    }

    private StorageRule? ReadStorage(RubricNode node)
    {
        var fields = Fields(node, "storage rule", ["kind", "persistent", "first_party", "name", "exclude_name"], [], "storage takes a mapping of options ({} for the defaults)");
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var kinds = StorageKinds.Any;
        if (fields.TryGetValue("kind", out var kindField))
        {
            var kind = ReadChoice(kindField.Value, "kind", StorageKindValues);
            ok &= kind is not null;
            kinds = kind switch
            {
                "cookie" => StorageKinds.Cookie,
                "local_storage" => StorageKinds.LocalStorage,
                _ => StorageKinds.Any,
            };
        }

        var persistent = OptionalBool(fields, "persistent", true, ref ok);
        var firstParty = OptionalBool(fields, "first_party", true, ref ok);
        var name = OptionalRegex(fields, "name", ref ok);
        var excludeName = OptionalRegex(fields, "exclude_name", ref ok);
        return ok ? new StorageRule(kinds, persistent, firstParty, name, excludeName) : null;
    }

    private RequestRule? ReadRequest(RubricNode node)
    {
        var fields = Fields(node, "request rule", ["url", "pages"], ["url"]);
        if (fields is null)
        {
            return null;
        }

        var url = fields.TryGetValue("url", out var urlField) ? ReadRegex(urlField.Value, "url") : null;
        var pages = ReadPages(fields);
        return url is null || pages is null ? null : new RequestRule(url, pages.Value);
    }

    // ---- values ----

    private Region? ReadRegion(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields)
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

    private PageScope? ReadPages(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields)
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

    private string? ReadChoice(RubricNode node, string key, IReadOnlyList<string> allowed)
    {
        Visit(node);
        if (node is ScalarNode scalar && scalar.Type == ScalarType.String && allowed.Contains(scalar.Text))
        {
            return scalar.Text;
        }

        var suggestion = node is ScalarNode s ? Suggestion(s.Text, allowed) : "";
        Error(node, $"{key} must be one of {string.Join(", ", allowed)}{suggestion}; got {node.Describe()}");
        return null;
    }

    private string? ReadText(RubricNode node, string key, string expected = "text")
    {
        Visit(node);
        if (node is not ScalarNode scalar || scalar.Type != ScalarType.String)
        {
            var hint = node is ScalarNode { Type: ScalarType.Number or ScalarType.Bool } ? " (put it in quotes to make it text)" : "";
            Error(node, $"{key} must be {expected}, got {node.Describe()}{hint}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Text))
        {
            Error(node, $"{key} must not be empty");
            return null;
        }

        return scalar.Text;
    }

    private string? ReadId(RubricNode node, string key)
    {
        var id = ReadText(node, key, "an id (letters, digits, '_' or '-')");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(node, $"{key} may only use letters, digits, '_' and '-', got '{id}'");
            return null;
        }

        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>
    /// The largest weight: far above any useful one, and small enough that no sum of weights (at most
    /// <see cref="RubricLimits.MaxNodes"/> of them) or weighted score can overflow to infinity and NaN.
    /// </summary>
    public const double MaxWeight = 1000;

    private double? ReadWeight(RubricNode node)
    {
        Visit(node);
        if (node is ScalarNode scalar && scalar.TryGetNumber(out var weight) && double.IsFinite(weight) && weight > 0 && weight <= MaxWeight)
        {
            return weight;
        }

        Error(node, $"weight must be a number > 0 and at most {MaxWeight}, got {node.Describe()}");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private int? ReadPositiveInteger(RubricNode node, string key)
    {
        Visit(node);
        if (node is ScalarNode scalar && scalar.TryGetNumber(out var number)
            && number >= 1 && number <= int.MaxValue && Math.Floor(number) == number)
        {
            return (int)number;
        }

        Error(node, $"{key} must be a whole number ≥ 1, got {node.Describe()}");
        return null;
    }

    private bool OptionalBool(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, bool defaultValue, ref bool ok)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return defaultValue;
        }

        Visit(field.Value);
        if (field.Value is ScalarNode { Type: ScalarType.Bool } scalar)
        {
            return bool.Parse(scalar.Text.ToLowerInvariant());
        }

        Error(field.Value, $"{key} must be true or false, got {field.Value.Describe()}");
        ok = false;
        return defaultValue;
    }

    private Regex? OptionalRegex(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, ref bool ok)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return null;
        }

        var regex = ReadRegex(field.Value, key);
        ok &= regex is not null;
        return regex;
    }

    private Regex? ReadRegex(RubricNode node, string key)
    {
        var pattern = ReadText(node, key, "a regex");
        if (pattern is null)
        {
            return null;
        }

        Regex regex;
        try
        {
            regex = new Regex(pattern, PatternOptions, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            var where = key == "regex" ? "" : $" in {key}";
            Error(node, $"invalid regex '{pattern}'{where}: {e.Message}");
            return null;
        }

        // A warning, not an error: the heuristic cannot be sure, and the detector bounds such a pattern anyway.
        if (NestedQuantifier.Find(pattern) is { } group)
        {
            warnings.Add(new RubricError(file, node.Line, node.Column,
                $"the regex '{Shorten(pattern)}' has a nested quantifier: the group '{Shorten(group)}' repeats something that repeats " +
                "itself, which can take exponential time on a long text it does not match. The audit stops such a match after " +
                $"{MatchTimeout.TotalSeconds:0} s and does not run the pattern again on that site (its indicator is then reported as timed " +
                "out); rewrite it without the nesting ('(a+)+b' matches what 'a+b' does)"));
        }

        return regex;
    }

    private (Regex Regex, string Source)? ReadGlob(RubricNode node)
    {
        var glob = ReadText(node, "glob", "a glob ('*' any characters, '?' one)");
        if (glob is null)
        {
            return null;
        }

        var bad = glob.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c));
        if (bad != default)
        {
            Error(node, $"invalid glob '{glob}': a URL glob cannot contain white space or control characters (U+{(int)bad:X4})");
            return null;
        }

        return (CompileGlob(glob), glob);
    }

    // ---- structure ----

    private T? Required<T>(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, T?> read)
        where T : class =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    private double? Required(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, double?> read) =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    private string? Optional(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, string key, Func<RubricNode, string?> read) =>
        fields.TryGetValue(key, out var field) ? read(field.Value) : null;

    private IReadOnlyList<T>? ReadList<T>(RubricNode node, string key, string item, Func<RubricNode, T?> read)
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
    private static List<T>? AllOrNull<T>(List<T?> items)
        where T : class =>
        items.Any(i => i is null) ? null : items.Select(i => i!).ToList();

    /// <summary>The keys of a mapping, checked against the allowed and required ones.</summary>
    private Dictionary<string, KeyValuePair<ScalarNode, RubricNode>>? Fields(
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
                Error(key, $"unknown key '{key.Text}' in {what}{Suggestion(key.Text, allowed)}; allowed keys: {string.Join(", ", allowed)}");
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
    private static string Describe(RubricNode node, string kind)
    {
        var id = (node as MappingNode)?.Entries
            .FirstOrDefault(e => e.Key.Text == "id" && e.Value is ScalarNode { Type: ScalarType.String })
            .Value as ScalarNode;
        return id is null ? kind : $"{kind} '{id.Text}'";
    }

    private void Visit(RubricNode node)
    {
        if (++visited > RubricLimits.MaxNodes)
        {
            Error(node, $"the rubric expands to more than {RubricLimits.MaxNodes:N0} nodes (YAML aliases count each time they are used); refusing to read further");
            throw new WalkLimitReached();
        }
    }

    private void CheckDepth(RubricNode node, int depth)
    {
        if (depth > RubricLimits.MaxDepth)
        {
            Error(node, $"rules are nested deeper than {RubricLimits.MaxDepth} levels (a YAML alias may refer to itself)");
            throw new WalkLimitReached();
        }
    }

    private void Error(RubricNode node, string message) =>
        errors.Add(new RubricError(file, node.Line, node.Column, message));

    private static string Suggestion(string given, IReadOnlyList<string> allowed)
    {
        var best = allowed
            .Select(a => (Name: a, Distance: Distance(given.ToLowerInvariant(), a)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
