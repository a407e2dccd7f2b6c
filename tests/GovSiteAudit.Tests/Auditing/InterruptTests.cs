using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// Ctrl+C and SIGTERM (issue 9, item 14): a real <c>govsiteaudit</c> process stops the sites in flight, writes
/// results.json, report.html and the JUnit file for the sites that finished, says it was interrupted and exits 130.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public sealed class InterruptTests
{
    private static readonly string FixtureRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit");
    private readonly List<FixtureServer> _sites = [];
    private string _dir = "";

    [OneTimeSetUp]
    public async Task StartSites()
    {
        // One quick site, and two whose inner pages take a long time: they are in flight when the signal comes.
        _sites.Add(await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-b")));
        for (var i = 0; i < 2; i++)
        {
            var slow = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-a"));
            slow.MapRoute("/faq.html", async context => await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted));
            _sites.Add(slow);
        }
    }

    [OneTimeTearDown]
    public async Task StopSites()
    {
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }
    }

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-interrupt-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [TestCase("INT")]
    [TestCase("TERM")]
    public async Task A_signal_writes_the_reports_of_the_finished_sites_and_exits_130(string signal)
    {
        var outDir = Path.Combine(_dir, "out");
        var junit = Path.Combine(_dir, "junit.xml");
        using var child = CliProcess.Start(
        [
            "audit", .. _sites.Select(s => s.BaseUrl.AbsoluteUri),
            "--rubric", Path.Combine(FixtureRoot, "audit-test.yaml"), "--out", outDir, "--allow-private-network", "--timeout", "90",
            "--no-install", "-j", "3", "--format", "csv,json,html", "--junit", junit,
        ]);
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        var scores = Path.Combine(outDir, "scores.csv");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline && !child.HasExited && CliProcess.CountLines(scores) < 2)
        {
            await Task.Delay(50);
        }

        Assert.That(child.HasExited, Is.False, "still auditing the slow sites");
        Assert.That(CliProcess.CountLines(scores), Is.EqualTo(2), "the quick site is done");
        using (var kill = Process.Start("kill", [$"-{signal}", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        var exited = child.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            child.Kill(entireProcessTree: true);
        }

        Assert.That(exited, Is.True, "the process ended on the signal");
        var stderr = await error;
        Assert.That(child.ExitCode, Is.EqualTo(130), stderr + await output);
        Assert.That(stderr, Does.Contain("Interrupted"));
        var quick = _sites[0].BaseUrl.AbsoluteUri;
        using (var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "results.json"))))
        {
            Assert.That(results.RootElement.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("url").GetString()), Is.EqualTo(new[] { quick }));
        }

        Assert.That(await File.ReadAllTextAsync(Path.Combine(outDir, "report.html")), Does.Contain(quick));
        Assert.That(XDocument.Load(junit).Descendants("testsuite").Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { quick }));
        Assert.That(CsvTable.ReadRecords(scores).Select(r => r["url"]), Is.EqualTo(new[] { quick }), "no half site");
    }
}
