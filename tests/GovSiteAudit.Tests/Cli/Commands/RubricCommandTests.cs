using NUnit.Framework;
using static GovSiteAudit.Tests.Support.CliInProcess;

namespace GovSiteAudit.Tests.Cli.Commands;

public sealed class RubricCommandTests
{

    private static string Shipped(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", name);

    [TestCase("crm-egov.yaml", "'crm-egov' with 7 dimensions")]
    [TestCase("us-federal.yaml", "'us-federal'")]
    public async Task Validate_accepts_the_shipped_rubrics(string file, string expected)
    {
        var (code, output, _) = await RunAsync("rubric", "validate", Shipped(file));

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain(expected));
    }

    [Test]
    public async Task Validate_reports_every_error_with_position_and_exits_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gsa-bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path,
            "id: x\nname: X\ndimensions:\n  - id: d\n    name: D\n    weight: 1\n    colour: red\n    indicators:\n      - id: i\n        name: I\n        weight: -1\n        rule: {frobnicate: 1}\n");
        try
        {
            var (code, _, error) = await RunAsync("rubric", "validate", path);

            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"{path}:7:5:").And.Contain("colour"));
            Assert.That(error, Does.Contain($"{path}:11:").And.Contain($"{path}:12:"));
            Assert.That(error, Does.Contain("3 error(s)"));
            Assert.That(error, Does.Not.Contain("   at "));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task List_of_the_default_rubric_is_a_table_of_every_indicator()
    {
        var (code, output, _) = await RunAsync("rubric", "list");

        Assert.That(code, Is.EqualTo(0));
        var lines = output.Split('\n');
        Assert.That(lines[1], Does.StartWith("dimension"));
        foreach (var id in new[] { "sitemap", "faq", "site_search", "email_contact", "member_area", "online_payment", "login", "https", "cookie_notice" })
        {
            Assert.That(lines, Has.Some.Match($@"^\S+\s+\d+\s+{id}\s+\d"), id);
        }
    }

    [Test]
    public async Task Explain_one_indicator_in_plain_words()
    {
        var (code, output, _) = await RunAsync("rubric", "explain", "crm-egov", "site_search");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("site_search — "));
        Assert.That(output, Does.Contain("dimension: self_service").And.Contain("found when:").And.Contain("a form control"));
        Assert.That(output, Does.Not.Contain("faq —"));
    }

    [Test]
    public async Task Explain_unknown_indicator_lists_the_known_ones()
    {
        var (code, _, error) = await RunAsync("rubric", "explain", "crm-egov", "nope");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no indicator 'nope'").And.Contain("faq"));
    }

    [Test]
    public async Task Missing_rubric_file_is_a_clear_error()
    {
        var (code, _, error) = await RunAsync("rubric", "validate", "/nonexistent/r.yaml");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("/nonexistent/r.yaml"));
    }
}
