using System.Diagnostics;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using static GovSiteAudit.Tests.Support.CliInProcess;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// Long runs end to end: a real <c>govsiteaudit</c> process killed with SIGKILL mid-run and resumed, and shards merged,
/// each compared with one uninterrupted run over the same fixture sites.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class BatchRunTests
{
    private static readonly string FixtureRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit");
    private static readonly string Rubric = Path.Combine(FixtureRoot, "audit-test.yaml");
    private static readonly string[] InnerPages = ["/faq.html", "/privacy.html", "/services.html", "/apply.html", "/news/1.html"];
    private readonly List<FixtureServer> _sites = [];
    private string _dir = "";
    private string _root = "";
    private string _list = "";
    private string _whole = "";

    [OneTimeSetUp]
    public async Task StartSites()
    {
        for (var i = 0; i < 6; i++)
        {
            var name = i % 4 == 3 ? "agency-b" : "agency-a";
            var site = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, name));
            // Slow inner pages, so a kill lands while sites are half done.
            foreach (var page in InnerPages)
            {
                var file = Path.Combine(FixtureRoot, name, page.TrimStart('/'));
                if (File.Exists(file))
                {
                    site.MapRoute(page, async context =>
                    {
                        await Task.Delay(200, context.RequestAborted);
                        context.Response.ContentType = "text/html";
                        await context.Response.SendFileAsync(file, context.RequestAborted);
                    });
                }
            }

            _sites.Add(site);
        }

        // One uninterrupted run of the list, the reference for every test.
        _root = TempFolder.Create("gsa-batch-");
        _list = Path.Combine(_root, "agencies.csv");
        File.WriteAllLines(_list, ["url,agency", .. _sites.Select((s, i) => $"{s.BaseUrl.AbsoluteUri},機關{i}")]);
        _whole = Path.Combine(_root, "whole");
        var (code, _, error) = await RunAsync(Audit(_list, _whole, "-q"));
        Assert.That(code, Is.EqualTo(0), error);
    }

    [OneTimeTearDown]
    public async Task StopSites()
    {
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }

        TempFolder.Delete(_root);
    }

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-batch-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private static string[] Audit(string list, string outDir, params string[] more) =>
        ["audit", list, "--rubric", Rubric, "--out", outDir, "--allow-private-network", "--timeout", "15", "--no-install", "-j", "3", .. more];

    /// <summary>Rows as text, the timing columns (seconds, and the home page's timings) left out, sorted: "content, order aside".</summary>
    private static List<string> Content(string path, bool dropSeconds)
    {
        var rows = CsvTable.Read(path);
        string[] timings = ["seconds", "ttfb_ms", "load_ms", "lcp_ms"];
        var dropped = dropSeconds ? timings.Select(t => Array.IndexOf(rows[0], t)).ToHashSet() : [];
        return [.. rows.Select(r => string.Join("\u001f", r.Where((_, i) => !dropped.Contains(i)))).Skip(1).Order(StringComparer.Ordinal).Prepend(string.Join("\u001f", rows[0]))];
    }

    private static void AssertSameContent(string expectedDir, string actualDir)
    {
        Assert.That(Content(Path.Combine(actualDir, "scores.csv"), dropSeconds: true), Is.EqualTo(Content(Path.Combine(expectedDir, "scores.csv"), dropSeconds: true)));
        Assert.That(Content(Path.Combine(actualDir, "indicators.csv"), dropSeconds: false), Is.EqualTo(Content(Path.Combine(expectedDir, "indicators.csv"), dropSeconds: false)));
        Assert.That(Directory.GetFiles(Path.Combine(actualDir, "sites")).Select(Path.GetFileName),
            Is.EquivalentTo(Directory.GetFiles(Path.Combine(expectedDir, "sites")).Select(Path.GetFileName)));
    }

    private static void AssertNoUrlTwice(string dir)
    {
        var scores = CsvTable.ReadRecords(Path.Combine(dir, "scores.csv"));
        Assert.That(scores.Select(r => r["url"]), Is.Unique);
        var indicators = CsvTable.ReadRecords(Path.Combine(dir, "indicators.csv"));
        Assert.That(indicators.Select(r => r["url"] + " " + r["indicator"]), Is.Unique);
    }

    [Test]
    public async Task Run_killed_with_sigkill_resumes_to_the_same_result_as_an_uninterrupted_run()
    {
        var list = _list;
        var killed = Path.Combine(_dir, "killed");
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "govsiteaudit.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in Audit(list, killed, "-q"))
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Insert(0, cli);

        using (var child = Process.Start(start)!)
        {
            _ = child.StandardOutput.ReadToEndAsync();
            _ = child.StandardError.ReadToEndAsync();
            var scores = Path.Combine(killed, "scores.csv");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            // Kill once two sites are committed: the two in flight are then half done.
            while (DateTime.UtcNow < deadline && !child.HasExited && (!File.Exists(scores) || CliProcess.CountLines(scores) < 3))
            {
                await Task.Delay(20);
            }

            Assert.That(child.HasExited, Is.False, "the run must still be going when it is killed");
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no handler runs, no buffer is flushed.
            await child.WaitForExitAsync();
        }

        var committed = CliProcess.CountLines(Path.Combine(killed, "scores.csv")) - 1;
        Assert.That(committed, Is.InRange(2, _sites.Count - 1), "killed mid-run");

        var (code, _, error) = await RunAsync(Audit(list, killed, "--resume"));
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain($"{committed} of {_sites.Count} site(s) already recorded"));

        AssertSameContent(_whole, killed);
        AssertNoUrlTwice(killed);
        Assert.That(Directory.GetFiles(killed, "*.tmp", SearchOption.AllDirectories), Is.Empty);

        // Resuming a finished run audits nothing.
        (code, var output, error) = await RunAsync(Audit(list, killed, "--resume"));
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Nothing to audit"));
    }

    [Test]
    public async Task Shards_merged_equal_one_run()
    {
        var list = _list;
        int code;
        string error;
        var shards = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = Path.Combine(_dir, $"shard-{k}");
            (code, _, error) = await RunAsync(Audit(list, shard, "--shard", $"{k}/3"));
            Assert.That(code, Is.EqualTo(0), error);
            shards.Add(shard);
        }

        var merged = Path.Combine(_dir, "merged");
        (code, var output, error) = await RunAsync(["merge", .. shards, "--out", merged]);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain($"Merged {_sites.Count} site(s) from 3 run(s)"));
        AssertSameContent(_whole, merged);
        AssertNoUrlTwice(merged);
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "scores.csv")).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public async Task Resume_with_another_rubric_is_refused_with_exit_2()
    {
        var outDir = Path.Combine(_dir, "run");
        var (code, _, error) = await RunAsync(["audit", _sites[0].BaseUrl.AbsoluteUri, "--rubric", Rubric, "--out", outDir, "--allow-private-network", "--depth", "0", "-q"]);
        Assert.That(code, Is.EqualTo(0), error);

        (code, _, error) = await RunAsync(["audit", _sites[0].BaseUrl.AbsoluteUri, "--out", outDir, "--allow-private-network", "--resume"]);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("cannot resume").And.Contain("another rubric"));
    }
}
