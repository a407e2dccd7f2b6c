using GovSiteAudit.Cli;
using GovSiteAudit.Cli.Commands;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Cli;

/// <summary>Parse-only tests of the command line, in the manner of dotnet-format's ProgramTests.</summary>
public sealed class ProgramTests
{
    [Test]
    public void Audit_options_map_to_settings()
    {
        var result = CliApp.Parse(["audit", "https://a.gov.tw", "list.csv", "--depth", "1", "--max-pages", "5", "--timeout", "12.5",
            "--rubric", "r.yaml", "--out", "o", "--browser", "/usr/bin/chromium", "--no-install", "--allow-private-network", "-j", "3", "--quiet",
            "--user-agent", "UA"]);

        Assert.That(result.Errors, Is.Empty);
        var settings = AuditCommand.ToSettings(result);
        Assert.That(settings, Is.EqualTo(new AuditSettings(settings.Targets, "r.yaml", "o", 1, 5, TimeSpan.FromSeconds(12.5),
            "/usr/bin/chromium", true, "UA", true, 3, true)));
        Assert.That(settings.Targets, Is.EqualTo(new[] { "https://a.gov.tw", "list.csv" }));
    }

    [Test]
    public void The_tool_runs_without_dynamic_pgo()
    {
        // The CLI's runtimeconfig.json (copied beside the tests by the project reference) carries the csproj's TieredPGO.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "govsiteaudit.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.That(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo) && pgo.ValueKind == System.Text.Json.JsonValueKind.False, Is.True,
            "govsiteaudit.runtimeconfig.json should set System.Runtime.TieredPGO to false");
    }

    [Test]
    public void Audit_defaults()
    {
        var settings = AuditCommand.ToSettings(CliApp.Parse(["audit", "https://a.gov.tw"]));

        Assert.That(settings.Depth, Is.EqualTo(2));
        Assert.That(settings.MaxPages, Is.EqualTo(20));
        Assert.That(settings.OutputDirectory, Is.EqualTo("audit-out"));
        Assert.That(settings.Rubric, Is.Null);
        Assert.That(settings.AllowPrivateNetwork, Is.False);
        Assert.That(settings.UserAgent, Does.Contain("GovSiteAudit").And.Not.Contain("HeadlessChrome"));
    }

    [TestCase(new[] { "audit" }, "No targets")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--depth", "-1" }, "--depth must be a whole number from 0 to 1000")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--max-pages", "0" }, "--max-pages must be a whole number from 1 to 100000")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--timeout", "0" }, "--timeout must be a number of seconds greater than 0")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--depth", "two" }, "two")]
    [TestCase(new[] { "audit", "https://a.gov.tw", "--frobnicate" }, "--frobnicate")]
    public void Invalid_command_lines_are_parse_errors(string[] args, string expected)
    {
        var result = CliApp.Parse(args);

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Parse_errors_exit_2_without_a_stack_trace()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["audit", "https://a.gov.tw", "--max-pages", "0"], output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("error: --max-pages must be a whole number from 1 to 100000").And.Contain("govsiteaudit audit --help").And.Not.Contain("   at "));
    }

    [TestCase(new[] { "--help" }, "govsiteaudit audit https://")]
    [TestCase(new[] { "audit", "--help" }, "--allow-private-network")]
    [TestCase(new[] { "rubric", "list", "--help" }, "govsiteaudit rubric list")]
    public async Task Help_has_examples_and_exit_codes(string[] args, string expected)
    {
        var output = new StringWriter();

        var code = await CliApp.RunAsync(args, output, new StringWriter(), CancellationToken.None);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output.ToString(), Does.Contain("Examples:").And.Contain(expected).And.Contain("Exit codes: 0 audit completed"));
    }

    [Test]
    public async Task Audit_help_describes_every_option()
    {
        var output = new StringWriter();
        await CliApp.RunAsync(["audit", "--help"], output, new StringWriter(), CancellationToken.None);

        foreach (var option in AuditCommand.Create().Options)
        {
            Assert.That(option.Description, Is.Not.Null.And.Not.Empty, option.Name);
            Assert.That(output.ToString(), Does.Contain(option.Name));
        }
    }

    [Test]
    public async Task Missing_target_file_exits_2_with_its_name()
    {
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["audit", "/nonexistent/list.txt", "--no-install"], new StringWriter(), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("/nonexistent/list.txt: file not found"));
    }

    [Test]
    public async Task Echoed_input_reaches_stderr_with_control_characters_escaped()
    {
        var dir = TempFolder.Create("gsa-echo-");
        try
        {
            var list = Path.Combine(dir, "urls.txt");
            await File.WriteAllTextAsync(list, "\u001b[2J\u001b[31mnot a url\n");
            var error = new StringWriter();

            var code = await CliApp.RunAsync(["audit", list, "--out", Path.Combine(dir, "out"), "--no-install"], new StringWriter(), error, CancellationToken.None);
            var unknownOption = new StringWriter();
            var parseCode = await CliApp.RunAsync(["audit", "https://a.gov.tw", "--\u001b]0;title\u0007x"], new StringWriter(), unknownOption, CancellationToken.None);

            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("\\u001B[2J").And.Contain("urls.txt:1"));
            Assert.That(parseCode, Is.EqualTo(2));
            Assert.That(unknownOption.ToString(), Does.Contain("\\u001B]0;title\\u0007x"));
            foreach (var text in new[] { error.ToString(), unknownOption.ToString() })
            {
                Assert.That(text.Where(c => char.IsControl(c) && c is not '\n' and not '\r'), Is.Empty, text);
            }
        }
        finally
        {
            TempFolder.Delete(dir);
        }
    }
}
