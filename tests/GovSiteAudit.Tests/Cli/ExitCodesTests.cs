using GovSiteAudit.Cli;
using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Cli;

/// <summary>Input errors become exit codes in one place: <see cref="ExitCodes.For"/>, called from <see cref="CliApp"/>.</summary>
public sealed class ExitCodesTests
{
    [Test]
    public void No_browser_is_4_and_every_other_input_error_is_2()
    {
        Assert.That(ExitCodes.For(new BrowserNotFoundException("none")), Is.EqualTo(ExitCodes.NoBrowser));
        Assert.That(ExitCodes.For(new TargetListException("x")), Is.EqualTo(ExitCodes.BadInput));
        Assert.That(ExitCodes.For(new ShardException("x")), Is.EqualTo(ExitCodes.BadInput));
        Assert.That(ExitCodes.For(new RubricException([new RubricError("r.yaml", 1, 1, "bad")])), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public async Task A_rubric_error_prints_each_problem_then_the_count_and_exits_2()
    {
        var dir = TempFolder.Create("gsa-exit-");
        try
        {
            var rubric = Path.Combine(dir, "bad.yaml");
            await File.WriteAllTextAsync(rubric, "id: x\ndimensions: 3\n");
            var error = new StringWriter();

            var code = await CliApp.RunAsync(["rubric", "validate", rubric], new StringWriter(), error, CancellationToken.None);

            Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[..^1], Is.Not.Empty.And.All.StartWith("error: ").And.All.Contain("bad.yaml"));
            Assert.That(lines[^1], Does.EndWith("error(s) in the rubric; nothing was audited."));
        }
        finally
        {
            TempFolder.Delete(dir);
        }
    }
}
