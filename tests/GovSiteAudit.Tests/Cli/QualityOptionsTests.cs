using GovSiteAudit.Cli;
using GovSiteAudit.Cli.Commands;
using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Cli;

/// <summary>The quality options of <c>audit</c> (issue 13) and <c>rubric validate</c> of metric rules.</summary>
public sealed class QualityOptionsTests
{
    [Test]
    public void Defaults_measure_everything_and_check_100_links()
    {
        var settings = AuditCommand.ToSettings(CliApp.Parse(["audit", "https://a.gov.tw"]));
        Assert.That(settings.Quality, Is.EqualTo(new QualityOptions { Measure = true, CheckLinks = 100 }));
    }

    [Test]
    public void Options_turn_measures_off()
    {
        var settings = AuditCommand.ToSettings(CliApp.Parse(["audit", "https://a.gov.tw", "--check-links", "0", "--measure", "off"]));
        Assert.That(settings.Quality.CheckLinks, Is.Zero);
        Assert.That(settings.Quality.Measure, Is.False);
        Assert.That(settings.Quality.Enabled, Is.False);
    }

    [Test]
    public async Task Help_explains_the_options_with_examples()
    {
        var output = new StringWriter();
        await CliApp.RunAsync(["audit", "--help"], output, new StringWriter(), CancellationToken.None);
        Assert.That(output.ToString(), Does.Contain("--check-links").And.Contain("--check-links 300").And.Contain("--measure"));
    }

    [Test]
    public async Task Rubric_explain_describes_the_measured_indicators()
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["rubric", "explain", "crm-egov", "working_links"], output, new StringWriter(), CancellationToken.None);

        Assert.That(code, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("broken_link_ratio").And.Contain("at most 0.02").And.Contain("not measured does not have it"));
    }

    [Test]
    public async Task Rubric_validate_names_an_unknown_metric_with_line_and_column()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("gsa-metric-").FullName, "bad.yaml");
        await File.WriteAllTextAsync(path, GovSiteAudit.Tests.Rubrics.RubricText.WithRule("{metric: {metric: load_seconds, max: 3}}"));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["rubric", "validate", path], output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.ToString() + output, Does.Contain("bad.yaml:11:").And.Contain("unknown metric 'load_seconds'").And.Contain("load_ms"));
    }
}
