using GovSiteAudit.Cli;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// What <c>rubric validate</c> accepts, the audit can evaluate (issue 9, item 6): XPath is checked by the engine the
/// detector uses, weights are bounded; and patterns that may backtrack for ever are flagged (item 8).
/// </summary>
public sealed class RubricEngineLimitTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-rubric-limits-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private async Task<(int Code, string Output, string Error, string Path)> ValidateAsync(string text)
    {
        var path = Path.Combine(_dir, "r.yaml");
        await File.WriteAllTextAsync(path, text);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["rubric", "validate", path], output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString(), path);
    }

    [TestCase("//a[lower-case(@href)='faq']", "lower-case()")]
    [TestCase("//a[matches(@href, 'faq')]", "matches()")]
    [TestCase("//a[ends-with(@href, '.pdf')]", "ends-with()")]
    [TestCase("//a[@href=$target]", "$target")]
    [TestCase("//svg:path", "'svg:'")]
    [TestCase("//a[fn:contains(@href, 'x')]", "'fn:'")]
    [TestCase("count(//a)", "a number")]
    [TestCase("boolean(//form)", "true or false")]
    [TestCase("string(//title)", "a text")]
    public async Task An_xpath_the_engine_cannot_evaluate_is_an_error_at_its_position(string expression, string named)
    {
        var text = WithRule($"{{xpath: {{expression: \"{expression}\"}}}}");

        var (code, _, error, path) = await ValidateAsync(text);

        var (line, column) = Find(text, $"\"{expression}\"");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain($"{path}:{line}:{column}: invalid XPath").And.Contain(named));
    }

    [TestCase("//a[contains(translate(@href, 'FAQ', 'faq'), 'faq')]")]
    [TestCase("//*[local-name()='svg']")]
    [TestCase("//form[.//input[@type='search']] | //*[@role='search']")]
    [TestCase("child::div/descendant-or-self::a[position() < 3]")]
    [TestCase("//a[starts-with(normalize-space(.), 'FAQ') and string-length(@href) > 0]")]
    public void Xpath_1_expressions_the_engine_evaluates_are_accepted(string expression)
    {
        Assert.That(() => RubricLoader.Parse(WithRule($"{{xpath: {{expression: \"{expression}\"}}}}"), "r.yaml"), Throws.Nothing);
    }

    [Test]
    public void An_xpath_nested_too_deeply_is_refused_before_the_engine_parses_it()
    {
        // The engine's parser recurses: 100 000 levels would overflow the stack and kill the process.
        var expression = new string('(', 100_000) + "//a" + new string(')', 100_000);

        var error = Errors(WithRule($"{{xpath: {{expression: \"{expression}\"}}}}")).Single();

        Assert.That(error.Message, Does.StartWith("invalid XPath").And.Contain("too long"));
    }

    [TestCase("        weight: 1e308\n")]
    [TestCase("        weight: 1001\n")]
    [TestCase("        weight: 1.7976931348623157e308\n")]
    public async Task A_weight_beyond_the_maximum_is_an_error_at_its_position(string weight)
    {
        var text = WithRule("{scheme: https}").Replace("        weight: 1\n", weight);

        var (code, _, error, path) = await ValidateAsync(text);

        var (line, column) = Find(text, weight.Trim()["weight: ".Length..]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain($"{path}:{line}:{column}: weight must be a number > 0 and at most 1000"));
    }

    [Test]
    public async Task Dimension_weights_whose_sum_overflows_are_refused()
    {
        const string text = """
            id: t
            name: T
            dimensions:
              - {id: a, name: A, weight: 1e308, indicators: [{id: i, name: I, weight: 1, rule: {scheme: https}}]}
              - {id: b, name: B, weight: 1e308, indicators: [{id: j, name: J, weight: 1, rule: {scheme: http}}]}
            """;

        var (code, _, error, _) = await ValidateAsync(text);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(":4:").And.Contain(":5:").And.Contain("at most 1000"));
    }

    [TestCase("(a+)+b")]
    [TestCase("^(\\\\w+\\\\s?)*$")]
    [TestCase("(x*)*y")]
    [TestCase("((ab)+c?)+d")]
    [TestCase("(a{2,})*")]
    public async Task A_nested_quantifier_is_a_warning_and_the_rubric_stays_valid(string pattern)
    {
        var text = WithRule($"{{href: {{regex: \"{pattern}\"}}}}");

        var (code, output, error, path) = await ValidateAsync(text);

        var (line, column) = Find(text, $"\"{pattern}\"");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("valid rubric"));
        Assert.That(error, Does.Contain($"warning: {path}:{line}:{column}: the regex").And.Contain("nested quantifier"));
    }

    [TestCase("^mailto:")]
    [TestCase("(faq|qa)\\\\.html?$")]
    [TestCase("^https?://([a-z0-9-]+\\\\.)*gov\\\\.tw/")]
    [TestCase("(ab)+c")]
    [TestCase("(a?){3}")]
    [TestCase("[(a+)+]")]
    [TestCase("\\\\(a+\\\\)+")]
    public void Patterns_without_nested_unbounded_quantifiers_get_no_warning(string pattern)
    {
        var rubric = RubricLoader.Parse(WithRule($"{{href: {{regex: \"{pattern}\"}}}}"), "r.yaml");

        Assert.That(rubric.Warnings, Is.Empty);
    }

    [TestCase("crm-egov")]
    [TestCase("us-federal")]
    public void The_built_in_rubrics_have_no_warnings(string name)
    {
        Assert.That(RubricLoader.LoadBuiltIn(name).Warnings, Is.Empty);
    }
}
