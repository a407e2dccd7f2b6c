using System.Diagnostics;
using GovSiteAudit.Auditing;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// One command at a time writes an output directory (issue 9, item 9): an OS lock, held until the process ends
/// however it ends, and a second command that fails at once with exit 2, naming the holder.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class OutputLockTests
{
    private static readonly string FixtureRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit");
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-lock-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public void A_second_lock_on_a_directory_is_refused_until_the_first_is_released()
    {
        var outDir = Path.Combine(_dir, "out");
        using (OutputLock.Acquire(outDir, "audit"))
        {
            var e = Assert.Throws<OutputLockedException>(() => OutputLock.Acquire(outDir + "/", "rescore"));
            Assert.That(e!.Message, Does.Contain("is in use by another GovSiteAudit command").And.Contain($"pid {Environment.ProcessId}").And.Contain("audit"));
        }

        using (OutputLock.Acquire(outDir, "merge"))
        {
            Assert.Pass("released on dispose");
        }
    }

    [Test]
    public async Task Two_real_invocations_on_one_out_the_second_fails_with_exit_2_naming_the_first()
    {
        await using var site = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-a"));
        site.MapRoute("/faq.html", async context =>
        {
            // A slow inner page keeps the first run busy while the second one starts.
            await Task.Delay(TimeSpan.FromSeconds(4), context.RequestAborted);
            await context.Response.SendFileAsync(Path.Combine(FixtureRoot, "agency-a", "faq.html"), context.RequestAborted);
        });
        var outDir = Path.Combine(_dir, "out");
        var rubric = Path.Combine(FixtureRoot, "audit-test.yaml");
        string[] audit = ["audit", site.BaseUrl.AbsoluteUri, "--rubric", rubric, "--out", outDir, "--allow-private-network", "--timeout", "20", "--no-install", "-q"];

        using var first = CliProcess.Start(audit);
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var firstError = first.StandardError.ReadToEndAsync();
        await WaitForLockAsync(outDir, first);

        using var second = CliProcess.Start(audit);
        var secondError = await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();
        using var merge = CliProcess.Start(["merge", Path.Combine(_dir, "shard-1"), "--out", outDir]);
        var mergeError = await merge.StandardError.ReadToEndAsync();
        await merge.WaitForExitAsync();
        var stillRunning = !first.HasExited;
        await first.WaitForExitAsync();

        Assert.That(stillRunning, Is.True, "the first run was still going when the others were refused");
        Assert.That(second.ExitCode, Is.EqualTo(2), secondError);
        Assert.That(secondError, Does.Contain($"error: the output directory '{outDir}' is in use by another GovSiteAudit command")
            .And.Contain($"pid {first.Id}").And.Contain("audit"));
        Assert.That(merge.ExitCode, Is.EqualTo(2), mergeError);
        Assert.That(mergeError, Does.Contain($"pid {first.Id}"));
        Assert.That(first.ExitCode, Is.EqualTo(0), await firstError + await firstOutput);
        var lines = await File.ReadAllLinesAsync(Path.Combine(outDir, "scores.csv"));
        Assert.That(lines, Has.Length.EqualTo(2), "one header and one row, nothing interleaved");
        Assert.That(lines.Count(l => l.Contains("final_url", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Any(l => l.Contains('\0')), Is.False);

        // Released at exit: the next command may write.
        using (OutputLock.Acquire(outDir, "test"))
        {
        }
    }

    [Test]
    public async Task The_lock_of_a_killed_process_is_released()
    {
        await using var site = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-a"));
        site.MapRoute("/faq.html", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        var outDir = Path.Combine(_dir, "out");
        using var holder = CliProcess.Start(["audit", site.BaseUrl.AbsoluteUri, "--out", outDir, "--allow-private-network", "--timeout", "60", "--no-install", "-q"]);
        _ = holder.StandardOutput.ReadToEndAsync();
        _ = holder.StandardError.ReadToEndAsync();
        await WaitForLockAsync(outDir, holder);
        Assert.That(() => OutputLock.Acquire(outDir, "test"), Throws.InstanceOf<OutputLockedException>());

        holder.Kill(entireProcessTree: true); // SIGKILL: no handler runs.
        await holder.WaitForExitAsync();

        using (OutputLock.Acquire(outDir, "test"))
        {
            Assert.Pass("the kernel released the lock of the dead process");
        }
    }

    /// <summary>Until the child holds the lock (its pid is in the lock file).</summary>
    private static async Task WaitForLockAsync(string outDir, Process child)
    {
        var path = Path.Combine(outDir, OutputLock.FileName);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            if (File.Exists(path) && (await ReadSharedAsync(path)).Contains($"pid {child.Id}", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the child never took the lock (exited: {child.HasExited})");
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
