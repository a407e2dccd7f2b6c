namespace GovSiteAudit.Rubrics;

/// <summary>The rule kinds read from a page's content: link_text, text, href, xpath, form and meta.</summary>
internal sealed class PageRuleReader
{
    private readonly RubricWalk _walk;
    private readonly RubricValues _values;

    public PageRuleReader(RubricWalk walk, RubricValues values)
    {
        _walk = walk;
        _values = values;
    }

    /// <param name="readTargetRule">Reads the rule of <c>target_shows</c> (a rule on a page's content), null when it is wrong.</param>
    public LinkTextRule? ReadLinkText(RubricNode node, Func<RubricNode, Rule?> readTargetRule)
    {
        var fields = _walk.Fields(node, "link_text rule", ["keywords", "exclude", "max_gap", "region", "pages", "max_length", "skip_headlines", "skip_form_buttons", "controls_only", "target_shows", "page_exclude"], ["keywords"]);
        if (fields is null)
        {
            return null;
        }

        var keywords = _values.ReadKeywordSet(fields, "keywords", "exclude");
        var region = _values.ReadRegion(fields);
        var pages = _values.ReadPages(fields);
        var maxLengthOk = true;
        var skipHeadlines = _values.OptionalBool(fields, "skip_headlines", false, ref maxLengthOk);
        var skipFormButtons = _values.OptionalBool(fields, "skip_form_buttons", false, ref maxLengthOk);
        var controlsOnly = _values.OptionalBool(fields, "controls_only", false, ref maxLengthOk);
        int? maxLength = null;
        if (fields.TryGetValue("max_length", out var maxLengthField))
        {
            maxLength = _values.ReadPositiveInteger(maxLengthField.Value, "max_length");
            maxLengthOk = maxLength is not null;
        }

        Rule? targetShows = null;
        if (fields.TryGetValue("target_shows", out var targetField))
        {
            targetShows = readTargetRule(targetField.Value);
            maxLengthOk &= targetShows is not null;
        }

        var pageExclude = ReadPageExclude(fields, ref maxLengthOk);
        return keywords is null || region is null || pages is null || !maxLengthOk
            ? null
            : new LinkTextRule(keywords, region.Value, pages.Value, maxLength, skipHeadlines, skipFormButtons, controlsOnly, targetShows, pageExclude);
    }

    public TextRule? ReadTextRule(RubricNode node)
    {
        var fields = _walk.Fields(node, "text rule", ["keywords", "exclude", "max_gap", "region", "pages"], ["keywords"]);
        if (fields is null)
        {
            return null;
        }

        var keywords = _values.ReadKeywordSet(fields, "keywords", "exclude");
        var region = _values.ReadRegion(fields);
        var pages = _values.ReadPages(fields);
        return keywords is null || region is null || pages is null ? null : new TextRule(keywords, region.Value, pages.Value);
    }

    public HrefRule? ReadHref(RubricNode node)
    {
        var fields = _walk.Fields(node, "href rule", ["regex", "glob", "pages"], []);
        if (fields is null)
        {
            return null;
        }

        var pages = _values.ReadPages(fields);
        var hasRegex = fields.TryGetValue("regex", out var regexField);
        var hasGlob = fields.TryGetValue("glob", out var globField);
        if (hasRegex == hasGlob)
        {
            _walk.Error(hasGlob ? globField.Key : node, hasGlob
                ? "href takes either regex or glob, not both"
                : "href needs a regex or a glob to match the link's URL");
            return null;
        }

        if (hasRegex)
        {
            var regex = _values.ReadRegex(regexField.Value, "regex");
            return regex is null || pages is null ? null : new HrefRule(regex, regex.ToString(), pages.Value);
        }

        var glob = _values.ReadGlob(globField.Value);
        return glob is null || pages is null ? null : new HrefRule(glob.Value.Regex, glob.Value.Source, pages.Value);
    }

    public XPathRule? ReadXPath(RubricNode node)
    {
        var fields = _walk.Fields(node, "xpath rule", ["expression", "pages"], ["expression"]);
        if (fields is null)
        {
            return null;
        }

        var pages = _values.ReadPages(fields);
        string? expression = null;
        if (fields.TryGetValue("expression", out var field))
        {
            expression = _values.ReadText(field.Value, "expression");
            if (expression is not null && XPathCheck.Problem(expression) is { } problem)
            {
                _walk.Error(field.Value, $"invalid XPath '{RubricValues.Shorten(expression)}': {problem}");
                expression = null;
            }
        }

        return expression is null || pages is null ? null : new XPathRule(expression, pages.Value);
    }

    public FormRule? ReadForm(RubricNode node)
    {
        var fields = _walk.Fields(node, "form rule", ["input_type", "role", "name", "label", "label_exclude", "action", "pages", "page_exclude"], []);
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
            role = _values.ReadText(roleField.Value, "role");
            ok &= role is not null;
        }

        var name = _values.OptionalRegex(fields, "name", ref ok);
        var action = _values.OptionalRegex(fields, "action", ref ok);
        KeywordSet? label = null;
        if (fields.ContainsKey("label"))
        {
            label = _values.ReadKeywordSet(fields, "label", "label_exclude");
            ok &= label is not null;
        }
        else if (fields.TryGetValue("label_exclude", out var labelExclude))
        {
            // On its own, label_exclude keeps a control whose labels say none of these (a search box, not a newsletter box).
            var excluded = _values.ReadKeywords(labelExclude.Value, "label_exclude");
            label = excluded is null ? null : new KeywordSet([], excluded);
            ok &= label is not null;
        }

        if (!fields.Keys.Any(k => k is "input_type" or "role" or "name" or "label" or "action"))
        {
            _walk.Error(node, "a form rule needs at least one criterion: input_type, role, name, label or action");
            ok = false;
        }

        var pages = _values.ReadPages(fields);
        var pageExclude = ReadPageExclude(fields, ref ok);
        return !ok || pages is null ? null : new FormRule(inputTypes, role, name, label, action, pages.Value, pageExclude);
    }

    /// <summary><c>page_exclude</c>: words that, in a page's title, main heading or the links leading to it, leave the page out.</summary>
    private KeywordSet? ReadPageExclude(Dictionary<string, KeyValuePair<ScalarNode, RubricNode>> fields, ref bool ok)
    {
        if (!fields.TryGetValue("page_exclude", out var field))
        {
            return null;
        }

        var words = _values.ReadKeywords(field.Value, "page_exclude");
        ok &= words is not null;
        return words is null ? null : new KeywordSet(words, []);
    }

    private IReadOnlyList<string>? ReadInputTypes(RubricNode node)
    {
        _walk.Visit(node);
        if (node is SequenceNode sequence)
        {
            if (sequence.Items.Count == 0)
            {
                _walk.Error(node, "input_type needs at least one type, got an empty list");
                return null;
            }

            var types = sequence.Items.Select(item => _values.ReadText(item, "input_type")).ToList();
            return types.Any(t => t is null) ? null : types.Select(t => t!.ToLowerInvariant()).ToList();
        }

        var single = _values.ReadText(node, "input_type", "an input type (e.g. search) or a list of them");
        return single is null ? null : [single.ToLowerInvariant()];
    }

    public MetaRule? ReadMeta(RubricNode node)
    {
        var fields = _walk.Fields(node, "meta rule", ["name", "content", "pages"], ["name"]);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        var name = _walk.Required(fields, "name", v => _values.ReadText(v, "name"));
        var content = _values.OptionalRegex(fields, "content", ref ok);
        var pages = _values.ReadPages(fields);
        return name is null || !ok || pages is null ? null : new MetaRule(name, content, pages.Value);
    }
}
