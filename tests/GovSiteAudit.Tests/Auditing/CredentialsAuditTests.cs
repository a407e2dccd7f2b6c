using System.Collections.Concurrent;
using System.Xml.Linq;
using GovSiteAudit.Cli;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// User names and passwords in target URLs (issue 9, item 4): removed on input, never sent, never written; two
/// targets that differ only in them are one site, and the quality gate judges it.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public sealed class CredentialsAuditTests
{
    private static readonly string FixtureRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit");
    private static readonly string[] Secrets = ["alice", "s3cret", "hunter2", "admin:"];
    private readonly ConcurrentQueue<string> _authorizations = new();
    private FixtureServer _site = null!;
    private string _dir = "";

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-a"));
        // With credentials (HTTP Basic) the good home page, without them a poor one that links, with credentials
        // of its own, to a page of the site.
        _site.MapRoute("/", async context =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            if (authorization.Length > 0)
            {
                _authorizations.Enqueue(authorization);
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            if (authorization.Length > 0)
            {
                await context.Response.SendFileAsync(Path.Combine(FixtureRoot, "agency-a", "index.html"));
                return;
            }

            var port = context.Request.Host.Port;
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html><head><title>Public</title></head><body><h1>Public page</h1>" +
                $"<a href=\"http://admin:hunter2@127.0.0.1:{port}/privacy.html\">Privacy policy</a></body></html>");
        });
    }

    [OneTimeTearDown]
    public async Task StopSite() => await _site.DisposeAsync();

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-credentials-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public async Task Targets_differing_only_in_credentials_are_one_site_audited_without_them()
    {
        var port = _site.BaseUrl.Port;
        var list = Path.Combine(_dir, "urls.txt");
        await File.WriteAllLinesAsync(list, [$"http://alice:s3cret@127.0.0.1:{port}/", $"http://127.0.0.1:{port}/"]);
        var outDir = Path.Combine(_dir, "out");
        var junit = Path.Combine(outDir, "junit.xml");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(
            ["audit", list, "--rubric", Path.Combine(FixtureRoot, "audit-test.yaml"), "--out", outDir, "--allow-private-network",
             "--timeout", "15", "--depth", "1", "--no-install", "--format", "csv,json,html", "--fail-under", "40", "--junit", junit],
            output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(3), error.ToString());
        Assert.That(_authorizations, Is.Empty, "the credentials were never sent");
        var site = $"http://127.0.0.1:{port}/";
        var rows = CsvTable.ReadRecords(Path.Combine(outDir, "scores.csv"));
        Assert.That(rows.Select(r => r["url"]), Is.EqualTo(new[] { site }), "one site, keyed without the credentials");
        Assert.That(double.Parse(rows[0]["total"], System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(40));
        Assert.That(error.ToString(), Does.Contain($"below threshold: {site}"));
        var warnings = error.ToString().Split('\n').Where(l => l.Contains("user name", StringComparison.Ordinal)).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1), error.ToString());
        Assert.That(warnings[0], Does.Contain("urls.txt:1").And.Contain("never sent"));
        Assert.That(XDocument.Load(junit).Descendants("testsuite").Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { site }));

        var privacy = CsvTable.ReadRecords(Path.Combine(outDir, "indicators.csv")).Single(r => r["indicator"] == "privacy_policy");
        Assert.That(privacy["found"], Is.EqualTo("true"), "the page behind the link with credentials was read");
        foreach (var file in Directory.GetFiles(outDir, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.That(Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)), Is.Empty, file);
        }

        Assert.That(Secrets.Where(s => (output.ToString() + error.ToString()).Contains(s, StringComparison.Ordinal)), Is.Empty);
    }
}
