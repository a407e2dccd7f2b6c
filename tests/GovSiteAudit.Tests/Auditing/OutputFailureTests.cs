using System.Diagnostics;
using GovSiteAudit.Auditing;
using GovSiteAudit.Cli;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>An output directory that cannot be written, and a disk that fills part-way through a run.</summary>
[NonParallelizable]
public sealed class OutputFailureTests
{
    private static readonly Rubric Rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit", "audit-test.yaml"));
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-output-");

    [TearDown]
    public void TearDown()
    {
        Run("umount", Path.Combine(_dir, "disk"));
        TempFolder.Delete(_dir);
    }

    [Test]
    public async Task Output_directory_under_a_regular_file_is_exit_2_naming_the_directory()
    {
        var file = Path.Combine(_dir, "file.txt");
        await File.WriteAllTextAsync(file, "not a directory");
        var outDir = Path.Combine(file, "sub");
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["audit", "https://www.example.gov.tw", "--out", outDir, "--no-install", "-q"], new StringWriter(), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.StartWith($"error: cannot write to the output directory '{outDir}'"));
        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo("not a directory"));
    }

    [Test]
    public void Results_file_on_a_full_device_fails_before_any_site_is_crawled()
    {
        // /dev/full answers every write with ENOSPC: scores.csv linked to it is a disk that is already full.
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("needs /dev/full");
        }

        File.CreateSymbolicLink(Path.Combine(_dir, "scores.csv"), "/dev/full");
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.Ok] });
        var runner = new AuditRunner(new AuditOptions(Rubric, _dir), TimeProvider.System);

        var e = Assert.ThrowsAsync<AuditOutputException>(() => runner.RunAsync(crawler, Targets(1), CancellationToken.None));

        Assert.That(e!.Message, Does.StartWith($"cannot write the results to '{_dir}': writing ").And.Contain("scores.csv failed").And.Contain("the 0 site(s) written before"));
        Assert.That(crawler.Calls, Is.Empty);
    }

    [Test]
    public async Task Disk_that_fills_mid_run_stops_with_a_clear_error_and_earlier_rows_stay_valid()
    {
        var disk = Path.Combine(_dir, "disk");
        Directory.CreateDirectory(disk);
        if (Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk) != 0)
        {
            Assert.Ignore("needs permission to mount a small tmpfs");
        }

        // Leave about 40 KB free: a few sites fit, the rest do not.
        await File.WriteAllBytesAsync(Path.Combine(disk, "filler"), new byte[216 * 1024]);
        var output = Path.Combine(disk, "out");
        var crawler = new ScriptedCrawler(Enumerable.Range(0, 200).ToDictionary(i => Url(i), _ => new[] { SiteStatus.Ok }));
        var runner = new AuditRunner(new AuditOptions(Rubric, output), TimeProvider.System);

        var e = Assert.ThrowsAsync<AuditOutputException>(() => runner.RunAsync(crawler, Targets(200), CancellationToken.None));

        Assert.That(e!.Message, Does.Contain("No space left on device").And.Contain("The audit stopped"));
        Assert.That(crawler.Calls, Has.Count.LessThan(200), "the run stopped instead of crawling on");
        var scores = CsvTable.Read(Path.Combine(output, "scores.csv"));
        Assert.That(scores.Count, Is.GreaterThan(1), "some sites were written before the disk filled");
        Assert.That(scores.Select(r => r.Count()), Has.All.EqualTo(scores[0].Count()), "every row is complete");
        Assert.That(scores.Skip(1).Select(r => r[2]), Has.All.EqualTo("ok"));
        var indicators = CsvTable.Read(Path.Combine(output, "indicators.csv"));
        Assert.That(indicators.Select(r => r.Count()), Has.All.EqualTo(indicators[0].Count()));
        Assert.That(Directory.GetFiles(Path.Combine(output, "sites"), "*.tmp"), Is.Empty, "no half-written site file");
    }

    private static string Url(int i) => $"https://site{i}.example.gov.tw/";

    private static TargetList Targets(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => new AuditTarget(Url(i), new Dictionary<string, string>(), "test", i + 1))], [], []);

    private static int Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
