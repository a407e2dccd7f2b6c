using GovSiteAudit.Auditing;
using GovSiteAudit.Cli;
using GovSiteAudit.Cli.Commands;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Cli.Commands;

/// <summary>Parse-only tests of the batch options of <c>audit</c> and of <c>merge</c>.</summary>
public sealed class BatchOptionsTests
{
    [Test]
    public void Batch_options_map_to_settings()
    {
        var result = CliApp.Parse(["audit", "list.txt", "--shard", "2/4", "--resume", "--site-timeout", "60", "--delay", "1.5", "--ignore-robots"]);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(AuditCommand.ToSettings(result).Batch,
            Is.EqualTo(new BatchSettings("2/4", true, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1.5), true)));
    }

    [Test]
    public void Batch_defaults()
    {
        var settings = AuditCommand.ToSettings(CliApp.Parse(["audit", "https://a.gov.tw"]));

        Assert.That(settings.Batch, Is.EqualTo(new BatchSettings(null, false, TimeSpan.FromSeconds(120), TimeSpan.Zero, false)));
        Assert.That(settings.Concurrency, Is.EqualTo(DefaultConcurrency.ForThisMachine()));
    }

    [Test]
    public void Auto_shard_is_accepted_by_the_parser()
    {
        Assert.That(CliApp.Parse(["audit", "list.txt", "--shard", "auto/4"]).Errors, Is.Empty);
    }

    [TestCase("--shard", "0/4", "K/N with 1 ≤ K ≤ N")]
    [TestCase("--shard", "5/4", "K/N with 1 ≤ K ≤ N")]
    [TestCase("--shard", "half", "K/N with 1 ≤ K ≤ N")]
    [TestCase("--site-timeout", "0", "--site-timeout must be a number of seconds greater than 0")]
    [TestCase("--delay", "-1", "--delay must be a number of seconds 0 or more")]
    [TestCase("--concurrency", "0", "--concurrency must be a whole number from 1 to 256")]
    public void Bad_batch_values_are_parse_errors(string option, string value, string expected)
    {
        var result = CliApp.Parse(["audit", "https://a.gov.tw", option, value]);

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Help_states_politeness_robots_resume_shard_and_the_concurrency_default()
    {
        var output = new StringWriter();

        await CliApp.RunAsync(["audit", "--help"], output, new StringWriter(), CancellationToken.None);

        var help = output.ToString();
        Assert.That(help, Does.Contain("--resume").And.Contain("--shard").And.Contain("--site-timeout").And.Contain("--delay").And.Contain("--ignore-robots"));
        Assert.That(help, Does.Contain("robots.txt").And.Contain("one at a time").And.Contain("JOB_COMPLETION_INDEX"));
        Assert.That(help, Does.Contain("2 × CPU cores"));
    }

    [Test]
    public async Task Auto_shard_without_the_job_index_exits_2()
    {
        Assume.That(Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX"), Is.Null);
        var error = new StringWriter();
        var dir = TempFolder.Create("gsa-shard-");
        try
        {
            var code = await CliApp.RunAsync(["audit", "https://a.gov.tw", "--shard", "auto/4", "--out", dir], new StringWriter(), error, CancellationToken.None);

            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("JOB_COMPLETION_INDEX").And.Contain("not set"));
        }
        finally
        {
            TempFolder.Delete(dir);
        }
    }

    [Test]
    public void Merge_needs_inputs_and_out()
    {
        Assert.That(CliApp.Parse(["merge", "a", "b", "--out", "all"]).Errors, Is.Empty);
        Assert.That(CliApp.Parse(["merge", "a"]).Errors, Is.Not.Empty);
        Assert.That(CliApp.Parse(["merge", "--out", "all"]).Errors, Is.Not.Empty);
    }
}
