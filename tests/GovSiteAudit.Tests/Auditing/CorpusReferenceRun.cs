using GovSiteAudit.Cli;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// Writes a reference audit of the labelled corpus for structural refactorings (issue 10): every site folder is
/// served on 127.0.0.1 as <see cref="CorpusAccuracyTests"/> does and audited once with the rubric named by
/// GOVSITEAUDIT_REFERENCE_RUBRIC into GOVSITEAUDIT_REFERENCE_OUT, which also gets <c>ports.tsv</c> (port → site)
/// so <c>tools/normalise-run.py</c> can replace the ephemeral ports before two runs are diffed. Every format is written
/// (results.json and report.html too), so a change to a type that reaches them is checked as well.
/// Explicit: it produces files to compare, it does not gate.
/// </summary>
[Explicit("writes a reference run to GOVSITEAUDIT_REFERENCE_OUT")]
[Category("Browser")]
[NonParallelizable]
public sealed class CorpusReferenceRun
{
    [Test]
    public async Task Audit_the_corpus_into_the_reference_folder()
    {
        var outDir = Environment.GetEnvironmentVariable("GOVSITEAUDIT_REFERENCE_OUT");
        var rubric = Environment.GetEnvironmentVariable("GOVSITEAUDIT_REFERENCE_RUBRIC");
        if (string.IsNullOrEmpty(outDir) || string.IsNullOrEmpty(rubric))
        {
            Assert.Ignore("set GOVSITEAUDIT_REFERENCE_OUT and GOVSITEAUDIT_REFERENCE_RUBRIC");
            return;
        }

        var corpus = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "corpus");
        var servers = new List<(string Site, FixtureServer Server)>();
        try
        {
            foreach (var folder in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
            {
                servers.Add((Path.GetFileName(folder), await FixtureServer.StartAsync(folder)));
            }

            Directory.CreateDirectory(outDir);
            await File.WriteAllLinesAsync(Path.Combine(outDir, "ports.tsv"),
                servers.Select(s => $"{s.Server.BaseUrl.Port}\t{s.Site}"));
            string[] args = ["audit", .. servers.Select(s => s.Server.BaseUrl.AbsoluteUri), "--rubric", rubric, "--out", outDir,
                "--allow-private-network", "--concurrency", "2", "-q", "--format", "csv,json,html"];
            var error = new StringWriter();
            var code = await CliApp.RunAsync(args, new StringWriter(), error, CancellationToken.None);
            Assert.That(code, Is.EqualTo(0), error.ToString());
        }
        finally
        {
            foreach (var (_, server) in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
