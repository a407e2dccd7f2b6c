using GovSiteAudit.Cli;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Cli.Commands;

/// <summary>
/// Every numeric option refuses NaN, infinities and values out of its range with exit 2 and a one-line message,
/// before anything is read or launched (issue 9, item 12).
/// </summary>
public sealed class NumericOptionsTests
{
    private string _out = "";

    [SetUp]
    public void SetUp() => _out = TempFolder.Create("gsa-numeric-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_out);

    [TestCase("--timeout", "NaN")]
    [TestCase("--timeout", "Infinity")]
    [TestCase("--timeout", "-Infinity")]
    [TestCase("--timeout", "1e308")]
    [TestCase("--timeout", "0")]
    [TestCase("--timeout", "3601")]
    [TestCase("--site-timeout", "NaN")]
    [TestCase("--site-timeout", "Infinity")]
    [TestCase("--site-timeout", "1e308")]
    [TestCase("--site-timeout", "-5")]
    [TestCase("--site-timeout", "86401")]
    [TestCase("--delay", "NaN")]
    [TestCase("--delay", "Infinity")]
    [TestCase("--delay", "1e308")]
    [TestCase("--delay", "-0.5")]
    [TestCase("--delay", "3601")]
    [TestCase("--fail-under", "NaN")]
    [TestCase("--fail-under", "Infinity")]
    [TestCase("--fail-under", "-Infinity")]
    [TestCase("--fail-under", "100.5")]
    [TestCase("--fail-under", "-1")]
    [TestCase("--fail-under-dimension", "security=NaN")]
    [TestCase("--fail-under-dimension", "security=Infinity")]
    [TestCase("--fail-under-dimension", "security=1e308")]
    [TestCase("--depth", "-1")]
    [TestCase("--depth", "1001")]
    [TestCase("--depth", "99999999999")]
    [TestCase("--max-pages", "0")]
    [TestCase("--max-pages", "100001")]
    [TestCase("--concurrency", "0")]
    [TestCase("--concurrency", "257")]
    [TestCase("--concurrency", "-3")]
    [TestCase("--check-links", "-1")]
    [TestCase("--check-links", "100001")]
    [TestCase("--check-links", "many")]
    [TestCase("--measure", "maybe")]
    public async Task Audit_refuses_the_value_with_exit_2(string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        // Were the value accepted, the run would stop at once for want of a browser (exit 4), not reach any site.
        var code = await CliApp.RunAsync(
            ["audit", "https://a.gov.tw", "--out", _out, "--no-install", "--browser", "/nonexistent/chromium", option, value],
            output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2), error.ToString());
        Assert.That(error.ToString(), Does.Contain(option).And.Not.Contain("internal error").And.Not.Contain("   at "));
    }

    [TestCase("--fail-under", "NaN")]
    [TestCase("--fail-under", "Infinity")]
    [TestCase("--fail-under-dimension", "security=NaN")]
    public void Rescore_refuses_the_value(string option, string value)
    {
        var result = CliApp.Parse(["rescore", "runs/a", option, value]);

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains(option));
    }

    [TestCase("--timeout", "3600")]
    [TestCase("--timeout", "0.5")]
    [TestCase("--site-timeout", "86400")]
    [TestCase("--delay", "0")]
    [TestCase("--fail-under", "0")]
    [TestCase("--fail-under", "100")]
    [TestCase("--depth", "0")]
    [TestCase("--max-pages", "100000")]
    [TestCase("--concurrency", "256")]
    public void Values_at_the_ends_of_the_range_are_accepted(string option, string value)
    {
        Assert.That(CliApp.Parse(["audit", "https://a.gov.tw", option, value]).Errors, Is.Empty);
    }

    [Test]
    public void The_message_names_the_range_and_the_value()
    {
        var result = CliApp.Parse(["audit", "https://a.gov.tw", "--timeout", "NaN"]);

        Assert.That(result.Errors.Select(e => e.Message),
            Has.Some.EqualTo("--timeout must be a number of seconds greater than 0 and at most 3600, got 'NaN'."));
    }
}
