using GovSiteAudit.Rubrics;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>One test per kind of mistake: each names file, line, column and what was expected.</summary>
[TestFixture]
public sealed class RubricLoaderErrorTests
{
    [Test]
    public void MalformedYaml_ReportsParserPositionInPlainWords()
    {
        const string text = "id: t\nname: 'unclosed\ndimensions: []\n";
        var errors = Errors(text);
        Assert.That(errors, Has.Count.EqualTo(1));
        var error = errors[0];
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo("test.yaml"));
            Assert.That(error.Line, Is.InRange(2, 4));
            Assert.That(error.Column, Is.GreaterThan(0));
            Assert.That(error.Message, Does.StartWith("YAML syntax error: "));
            Assert.That(error.Message, Does.Not.Contain("Idx:"), "the parser's position prefix is reported as line/column, not in the message");
        });
    }

    [Test]
    public void UnclosedFlowSequence_IsASyntaxErrorNotACrash()
    {
        const string text = "id: t\nname: [unclosed\ndimensions: []\n";
        var error = Errors(text).Single();
        Assert.That(error.Line, Is.InRange(2, 4));
        Assert.That(error.Column, Is.GreaterThan(0));
        Assert.That(error.Message, Does.StartWith("YAML syntax error"));
    }

    [Test]
    public void BadIndentation_ExplainsWhatToCheck()
    {
        const string text = "id: t\nname: T\n  bad: indent\ndimensions: []\n";
        var error = Errors(text).Single();
        Assert.That(error.Line, Is.EqualTo(3));
        Assert.That(error.Message, Does.StartWith("YAML syntax error: "));
    }

    [Test]
    public void MalformedJson_ReportsItsOwnLineAndPosition()
    {
        const string text = "{\n  \"id\": \"t\",\n  \"name\": \"T\",,\n  \"dimensions\": []\n}\n";
        var error = Errors(text, "test.json").Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo("test.json"));
            Assert.That(error.Line, Is.EqualTo(3));
            Assert.That(error.Column, Is.EqualTo(15), "position of the second comma");
            Assert.That(error.Message, Does.StartWith("JSON syntax error: "));
            Assert.That(error.Message, Does.Not.Contain("LineNumber"));
        });
    }

    [TestCase("{\"id\": \"t\",}", "a trailing comma is not allowed in JSON")]
    [TestCase("{\"id\": \"t\" // note\n}", "comments are not allowed in JSON (use a YAML rubric for comments)")]
    public void JsonSyntaxErrors_ArePlainWords(string text, string message)
    {
        var error = Errors(text, "test.json").Single();
        Assert.That(error.Message, Is.EqualTo("JSON syntax error: " + message));
        Assert.That(error.Line, Is.EqualTo(1));
    }

    [Test]
    public void UnknownKey_NamesAllowedKeysAndSuggestsTheClosest()
    {
        var text = WithRule("{scheme: https}").Replace("        weight: 1\n        rule:", "        weigth: 1\n        rule:");
        var errors = Errors(text);
        var unknown = errors.Single(e => e.Message.Contains("unknown key"));
        Assert.Multiple(() =>
        {
            Assert.That((unknown.Line, unknown.Column), Is.EqualTo(Find(text, "weigth")));
            Assert.That(unknown.Message, Does.Contain("'weigth'"));
            Assert.That(unknown.Message, Does.Contain("did you mean 'weight'"));
            Assert.That(unknown.Message, Does.Contain("allowed keys: id, name, weight, description, rule"));
        });
        // Its weight is then missing too: both are reported.
        Assert.That(errors.Select(e => e.Message), Has.Some.Contains("missing the required key 'weight'"));
    }

    [Test]
    public void UnknownKeyInRuleOptions_IsAnError()
    {
        var text = WithRule("{link_text: {keywords: [FAQ], regon: footer}}");
        var error = SingleError(text, Find(text, "regon"));
        Assert.That(error.Message, Does.Contain("unknown key 'regon' in link_text rule (did you mean 'region'?)"));
        Assert.That(error.Message, Does.Contain("allowed keys: keywords, exclude, max_gap, region, pages, max_length, skip_headlines"));
    }

    [TestCase("abc", "'abc'")]
    [TestCase("'1'", "'1'")]
    [TestCase("true", "true")]
    public void WrongType_Weight_SaysWhatWasExpectedAndWhatWasFound(string weight, string shown)
    {
        var text = WithRule("{scheme: https}").Replace("        weight: 1\n", $"        weight: {weight}\n");
        var error = SingleError(text, Find(text, weight + "\n"));
        Assert.That(error.Message, Is.EqualTo($"weight must be a number > 0 and at most 1000, got {shown}"));
    }

    [Test]
    public void WrongType_NameIsANumber_SuggestsQuotes()
    {
        var text = WithRule("{scheme: https}").Replace("name: T\n", "name: 2024\n");
        var error = SingleError(text, Find(text, "2024"));
        Assert.That(error.Message, Does.Contain("name must be text, got 2024 (put it in quotes"));
    }

    [Test]
    public void WrongType_KeywordsNotAList()
    {
        var text = WithRule("{link_text: {keywords: FAQ}}");
        var error = SingleError(text, Find(text, "FAQ"));
        Assert.That(error.Message, Does.StartWith("keywords must be a list of keywords"));
        Assert.That(error.Message, Does.EndWith("got 'FAQ'"));
    }

    [Test]
    public void WrongType_MaxLengthNotAWholeNumber()
    {
        var text = WithRule("{link_text: {keywords: [FAQ], max_length: 2.5}}");
        var error = SingleError(text, Find(text, "2.5"));
        Assert.That(error.Message, Does.Contain("max_length must be a whole number"));
    }

    [Test]
    public void WrongType_BooleanOption()
    {
        var text = WithRule("{storage: {persistent: yes}}");
        var error = SingleError(text, Find(text, "yes"));
        Assert.That(error.Message, Is.EqualTo("persistent must be true or false, got 'yes'"));
    }

    [Test]
    public void MissingRequiredKey_PointsAtTheMapping()
    {
        var text = WithRule("{scheme: https}").Replace("        name: I\n", "");
        var error = SingleError(text, Find(text, "id: i"));
        Assert.That(error.Message, Is.EqualTo("indicator 'i' is missing the required key 'name' (text)"));
    }

    [Test]
    public void MissingTopLevelKeys_AreAllReported()
    {
        const string text = "name: T\n";
        var errors = Errors(text);
        Assert.That(errors.Select(e => e.Message), Is.EquivalentTo(new[]
        {
            "the rubric is missing the required key 'id' (letters, digits, '_' or '-')",
            "the rubric is missing the required key 'dimensions' (a list of dimensions)",
        }));
        Assert.That(errors.Select(e => (e.Line, e.Column)), Is.All.EqualTo((1, 1)));
    }

    [Test]
    public void MissingWeight_IsAnError()
    {
        var text = WithRule("{scheme: https}").Replace("    weight: 1\n    indicators", "    indicators");
        var error = SingleError(text, Find(text, "id: d"));
        Assert.That(error.Message, Is.EqualTo("dimension 'd' is missing the required key 'weight' (a number > 0 and at most 1000)"));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("-0.5")]
    [TestCase(".nan")]
    [TestCase(".inf")]
    public void WeightNotPositive_IsAnError(string weight)
    {
        var text = WithRule("{scheme: https}").Replace("    weight: 1\n    indicators", $"    weight: {weight}\n    indicators");
        var error = SingleError(text, Find(text, weight + "\n"));
        Assert.That(error.Message, Is.EqualTo($"weight must be a number > 0 and at most 1000, got {weight}"));
    }

    [Test]
    public void EmptyDimensions_IsAnError()
    {
        const string text = "id: t\nname: T\ndimensions: []\n";
        var error = SingleError(text, Find(text, "[]"));
        Assert.That(error.Message, Is.EqualTo("dimensions must list at least one dimension, got an empty list"));
    }

    [Test]
    public void EmptyIndicators_IsAnError()
    {
        const string text = "id: t\nname: T\ndimensions:\n  - {id: d, name: D, weight: 1, indicators: []}\n";
        var error = SingleError(text, Find(text, "[]"));
        Assert.That(error.Message, Is.EqualTo("indicators must list at least one indicator, got an empty list"));
    }

    [Test]
    public void DuplicateDimensionIds_NameTheFirst()
    {
        const string text = """
            id: t
            name: T
            dimensions:
              - id: same
                name: A
                weight: 1
                indicators: [{id: a, name: A, weight: 1, rule: {scheme: https}}]
              - id: same
                name: B
                weight: 1
                indicators: [{id: b, name: B, weight: 1, rule: {scheme: https}}]
            """;
        var error = SingleError(text, Find(text, "same", 2));
        Assert.That(error.Message, Is.EqualTo("duplicate dimension id 'same' (first at line 4); dimension ids must be unique"));
    }

    [Test]
    public void DuplicateIndicatorIds_AcrossDimensions_NameTheFirst()
    {
        const string text = """
            id: t
            name: T
            dimensions:
              - id: a
                name: A
                weight: 1
                indicators:
                  - {id: faq, name: A, weight: 1, rule: {scheme: https}}
              - id: b
                name: B
                weight: 1
                indicators:
                  - {id: faq, name: B, weight: 1, rule: {scheme: https}}
            """;
        var error = SingleError(text, Find(text, "faq", 2));
        Assert.That(error.Message, Is.EqualTo("duplicate indicator id 'faq' (first at line 8); indicator ids must be unique in the whole rubric"));
    }

    [Test]
    public void DuplicateKey_InOneMapping_IsAnError()
    {
        var text = WithRule("{link_text: {keywords: [A], keywords: [B]}}");
        var error = SingleError(text, Find(text, "keywords", 2));
        Assert.That(error.Message, Is.EqualTo("duplicate key 'keywords' in link_text rule (first at line 11)"));
    }

    [Test]
    public void InvalidId_IsAnError()
    {
        var text = WithRule("{scheme: https}").Replace("id: t\n", "id: my rubric\n");
        var error = SingleError(text, Find(text, "my rubric"));
        Assert.That(error.Message, Is.EqualTo("id may only use letters, digits, '_' and '-', got 'my rubric'"));
    }

    [Test]
    public void UnknownRuleKind_ListsKnownKinds()
    {
        var text = WithRule("{link: {keywords: [FAQ]}}");
        var error = SingleError(text, Find(text, "link"));
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("unknown rule kind 'link'"));
            Assert.That(error.Message, Does.Contain("known kinds: any, all, not, link_text, text, href, xpath, form, meta, header, scheme, https_redirect, storage, request"));
        });
    }

    [Test]
    public void RuleWithNoKey_IsAnError()
    {
        var text = WithRule("{}");
        var error = SingleError(text, Find(text, "{}"));
        Assert.That(error.Message, Does.StartWith("a rule has exactly one key, its kind"));
        Assert.That(error.Message, Does.EndWith("got none"));
    }

    [Test]
    public void RuleWithSeveralKeys_IsAnError_AndSuggestsAnyOrAll()
    {
        var text = WithRule("{scheme: https, https_redirect: true}");
        var error = SingleError(text, Find(text, "{scheme"));
        Assert.That(error.Message, Does.Contain("got 2: scheme, https_redirect; combine rules with 'any' or 'all'"));
    }

    [Test]
    public void RuleNotAMapping_IsAnError()
    {
        var text = WithRule("https_redirect");
        var error = SingleError(text, Find(text, "https_redirect"));
        Assert.That(error.Message, Does.StartWith("a rule must be a mapping with one key, its kind"));
    }

    [TestCase("{link_text: {keywords: []}}", "keywords")]
    [TestCase("{text: {keywords: [FAQ], exclude: []}}", "exclude")]
    [TestCase("{form: {label: []}}", "label")]
    public void EmptyKeywordList_IsAnError(string rule, string key)
    {
        var text = WithRule(rule);
        var error = SingleError(text, Find(text, "[]"));
        Assert.That(error.Message, Is.EqualTo($"{key} must list at least one keyword, got an empty list"));
    }

    [Test]
    public void EmptyKeyword_IsAnError()
    {
        var text = WithRule("{text: {keywords: [FAQ, '']}}");
        var error = SingleError(text, Find(text, "''"));
        Assert.That(error.Message, Is.EqualTo("a keyword must not be empty"));
    }

    [TestCase("{href: {regex: '(rss'}}", "'(rss'", "regex")]
    [TestCase("{request: {url: 'a[b'}}", "'a[b'", "url")]
    [TestCase("{meta: {name: description, content: '*x'}}", "'*x'", "content")]
    [TestCase("{form: {name: '(?<q'}}", "'(?<q'", "name")]
    [TestCase("{storage: {exclude_name: '\\'}}", "'\\'", "exclude_name")]
    public void InvalidRegex_ShowsTheRegexError(string rule, string literal, string key)
    {
        var text = WithRule(rule);
        var error = SingleError(text, Find(text, literal));
        var where = key == "regex" ? "" : $" in {key}";
        Assert.That(error.Message, Does.StartWith($"invalid regex {literal}{where}: "));
        Assert.That(error.Message, Does.Contain("Invalid pattern"), "the .NET parser's explanation is included");
    }

    [Test]
    public void InvalidXPath_ShowsTheXPathError()
    {
        var text = WithRule("{xpath: {expression: '//nav['}}");
        var error = SingleError(text, Find(text, "'//nav['"));
        Assert.That(error.Message, Does.StartWith("invalid XPath '//nav[': "));
        Assert.That(error.Message.Length, Is.GreaterThan("invalid XPath '//nav[': ".Length + 5));
    }

    [TestCase("'https://a b/*'")]
    [TestCase("\"https://a\\tb/*\"")]
    public void InvalidGlob_IsAnError(string glob)
    {
        var text = WithRule($"{{href: {{glob: {glob}}}}}");
        var error = SingleError(text, Find(text, glob));
        Assert.That(error.Message, Does.StartWith("invalid glob "));
        Assert.That(error.Message, Does.Contain("white space or control characters"));
    }

    [Test]
    public void HrefWithBothRegexAndGlob_IsAnError()
    {
        var text = WithRule("{href: {regex: 'a', glob: 'b'}}");
        var error = SingleError(text, Find(text, "glob"));
        Assert.That(error.Message, Is.EqualTo("href takes either regex or glob, not both"));
    }

    [Test]
    public void HrefWithNeither_IsAnError()
    {
        var text = WithRule("{href: {pages: home}}");
        var error = SingleError(text, Find(text, "{pages"));
        Assert.That(error.Message, Is.EqualTo("href needs a regex or a glob to match the link's URL"));
    }

    [TestCase("{link_text: {keywords: [A], region: body}}", "body", "region must be one of page, header, nav, main, footer; got 'body'")]
    [TestCase("{text: {keywords: [A], pages: every}}", "every", "pages must be one of all, home; got 'every'")]
    [TestCase("{storage: {kind: cookies}}", "cookies", "kind must be one of cookie, local_storage, any (did you mean 'cookie'?); got 'cookies'")]
    [TestCase("{scheme: ftp}", "ftp", "scheme must be one of https, http; got 'ftp'")]
    [TestCase("{link_text: {keywords: [A], region: Footer}}", "Footer", "region must be one of page, header, nav, main, footer (did you mean 'footer'?); got 'Footer'")]
    public void BadEnumValue_ListsTheAllowedValues(string rule, string value, string message)
    {
        var text = WithRule(rule);
        var error = SingleError(text, Find(text, value));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [Test]
    public void HttpsRedirectFalse_IsAnError()
    {
        var text = WithRule("{https_redirect: false}");
        var error = SingleError(text, Find(text, "false"));
        Assert.That(error.Message, Is.EqualTo("https_redirect takes the value true, got false"));
    }

    [Test]
    public void FormWithoutCriterion_IsAnError()
    {
        var text = WithRule("{form: {pages: home}}");
        var error = SingleError(text, Find(text, "{pages"));
        Assert.That(error.Message, Is.EqualTo("a form rule needs at least one criterion: input_type, role, name, label or action"));
    }

    [Test]
    public void FormLabelExcludeWithoutLabel_MustStillListKeywords()
    {
        var text = WithRule("{form: {input_type: search, label_exclude: []}}");
        var error = SingleError(text, Find(text, "[]"));
        Assert.That(error.Message, Does.StartWith("label_exclude must list at least one keyword"));
    }

    [TestCase("any")]
    [TestCase("all")]
    public void AnyOrAllWithEmptyList_IsAnError(string kind)
    {
        var text = WithRule($"{{{kind}: []}}");
        var error = SingleError(text, Find(text, "[]"));
        Assert.That(error.Message, Is.EqualTo($"{kind} needs at least one rule in its list, got an empty list"));
    }

    [Test]
    public void ErrorInsideNestedRule_IsFound()
    {
        var text = WithRule("{any: [{scheme: https}, {not: {all: [{text: {keywords: [A], region: side}}]}}]}");
        var error = SingleError(text, Find(text, "side"));
        Assert.That(error.Message, Does.StartWith("region must be one of"));
    }

    [Test]
    public void EmptyFile_IsAnError()
    {
        var error = SingleError("# only a comment\n", (1, 1));
        Assert.That(error.Message, Does.StartWith("the file is empty"));
    }

    [Test]
    public void RootNotAMapping_IsAnError()
    {
        var error = SingleError("- id: t\n", (1, 1));
        Assert.That(error.Message, Does.StartWith("the rubric must be a mapping with the keys $schema, id, name"));
    }

    [Test]
    public void SecondYamlDocument_IsAnError()
    {
        var text = WithRule("{scheme: https}") + "---\nid: other\n";
        var error = SingleError(text, Find(text, "---"));
        Assert.That(error.Message, Does.StartWith("a rubric file holds one YAML document"));
    }

    [Test]
    public void UnknownAlias_IsAnError()
    {
        var text = WithRule("*nowhere");
        var error = Errors(text).Single();
        Assert.That(error.Line, Is.EqualTo(11));
        Assert.That(error.Message, Does.Contain("nowhere"));
    }

    [Test]
    public void ErrorsInJson_HaveJsonPositions()
    {
        const string text = "{\n  \"id\": \"t\",\n  \"name\": \"T\",\n  \"dimensions\": [\n    {\"id\": \"d\", \"name\": \"D\", \"weight\": \"1\", \"indicators\": []}\n  ]\n}\n";
        var errors = Errors(text, "test.json");
        Assert.That(errors.Select(e => (e.Line, e.Column, e.Message)), Is.EqualTo(new[]
        {
            (5, 40, "weight must be a number > 0 and at most 1000, got '1'"),
            (5, 59, "indicators must list at least one indicator, got an empty list"),
        }));
        Assert.That(errors.Select(e => e.File), Is.All.EqualTo("test.json"));
    }

    [Test]
    public void SeveralErrors_AreAllReportedAtOnce_InFileOrder()
    {
        var path = FixturePath("bad", "several-errors.yaml");
        var e = Assert.Throws<RubricException>(() => RubricLoader.Load(path))!;
        var text = File.ReadAllText(path);
        var expected = new (string Needle, string Message)[]
        {
            ("abc", "weight must be a number > 0 and at most 1000, got 'abc'"),
            ("colour", "unknown key 'colour' in indicator 'faq'"),
            ("link_txt", "unknown rule kind 'link_txt' (did you mean 'link_text'?)"),
            ("-2", "weight must be a number > 0 and at most 1000, got -2"),
            ("[]", "keywords must list at least one keyword"),
            ("body", "region must be one of page, header, nav, main, footer"),
        };
        Assert.That(e.Errors, Has.Count.EqualTo(expected.Length), string.Join("\n", e.Errors));
        for (var i = 0; i < expected.Length; i++)
        {
            var (line, column) = Find(text, expected[i].Needle);
            Assert.That(e.Errors[i].File, Is.EqualTo(path));
            Assert.That((e.Errors[i].Line, e.Errors[i].Column), Is.EqualTo((line, column)), e.Errors[i].ToString());
            Assert.That(e.Errors[i].Message, Does.StartWith(expected[i].Message));
        }

        // The exception message lists every error as file:line:column: message.
        foreach (var error in e.Errors)
        {
            Assert.That(e.Message, Does.Contain(error.ToString()));
        }

        Assert.That(e.Message, Does.StartWith("Invalid rubric (6 errors):"));
    }

    [Test]
    public void RubricError_FormatsAsFileLineColumnMessage()
    {
        Assert.That(new RubricError("r.yaml", 3, 7, "boom").ToString(), Is.EqualTo("r.yaml:3:7: boom"));
    }
}
