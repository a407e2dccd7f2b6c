using System.Text.Json;
using GovSiteAudit.Reporting;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;
using static GovSiteAudit.Tests.Support.CliInProcess;

namespace GovSiteAudit.Tests.Cli.Commands;

/// <summary>
/// End to end: the `audit` command on fixture sites served from 127.0.0.1, in the real headless
/// Chromium, with the CSV outputs checked cell by cell.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class AuditCommandTests
{
    private static readonly string FixtureRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit");
    private FixtureServer _agencyA = null!;
    private FixtureServer _agencyB = null!;
    private string _out = "";

    [OneTimeSetUp]
    public async Task StartSites()
    {
        _agencyA = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-a"));
        _agencyB = await FixtureServer.StartAsync(Path.Combine(FixtureRoot, "agency-b"));
    }

    [OneTimeTearDown]
    public async Task StopSites()
    {
        await _agencyA.DisposeAsync();
        await _agencyB.DisposeAsync();
    }

    [SetUp]
    public void SetUp() => _out = TempFolder.Create("gsa-audit-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_out);

    [Test]
    public async Task Audit_of_a_csv_list_writes_scores_indicators_and_site_files()
    {
        var a = _agencyA.BaseUrl.AbsoluteUri;
        var b = _agencyB.BaseUrl.AbsoluteUri;
        var list = Path.Combine(_out, "agencies.csv");
        await File.WriteAllTextAsync(list, $"url,agency,level\n{a},範例市政府,municipality\n{b},Example Township,township\nnot a url,Broken,x\n");
        var rubric = Path.Combine(FixtureRoot, "audit-test.yaml");
        var outDir = Path.Combine(_out, "result");

        var (code, output, error) = await RunAsync("audit", list, "--rubric", rubric, "--out", outDir, "--allow-private-network", "--timeout", "15");

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("agencies.csv:4").And.Contain("not a valid URL"), "the bad line is reported by number");
        Assert.That(output, Does.Contain("Audited 2 site(s)").And.Contain("2 ok, 0 failed"));

        var scores = CsvTable.Read(Path.Combine(outDir, "scores.csv"));
        Assert.That(scores[0], Is.EqualTo((string[])["url", "final_url", "status", "error", "agency", "level", "self_service", "security", "interactivity", "total", "pages", "seconds", .. AccessibilitySummary.Columns, .. GovSiteAudit.Results.QualitySummary.Columns]));
        var rowA = scores.Single(r => r[0] == a);
        Assert.That(rowA[..10], Is.EqualTo(new[] { a, a, "ok", "", "範例市政府", "municipality", "100", "50", "100", "87.5" }));
        Assert.That(rowA[10], Is.EqualTo("6"), "home, faq, services, privacy, news/1 and apply (depth 2)");
        Assert.That(double.Parse(rowA[11], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
        // Quality measured by default (issue 13): the home page's speed and phone fit, the links checked, the CSV of broken ones.
        var header = scores[0].ToList();
        Assert.That(rowA[header.IndexOf("load_ms")], Is.Not.Empty);
        Assert.That(rowA[header.IndexOf("links_checked")], Is.Not.Empty.And.Not.EqualTo("0"));
        Assert.That(rowA[header.IndexOf("mobile_overflow")], Is.AnyOf("true", "false"));
        Assert.That(File.Exists(Path.Combine(outDir, "links.csv")), Is.True);
        var rowB = scores.Single(r => r[0] == b);
        Assert.That(rowB[..11], Is.EqualTo(new[] { b, b, "ok", "", "Example Township", "township", "0", "0", "0", "0", "1" }));

        var indicators = CsvTable.ReadRecords(Path.Combine(outDir, "indicators.csv"));
        Assert.That(indicators, Has.Count.EqualTo(14));
        string Cell(string url, string indicator, string column) => indicators.Single(r => r["url"] == url && r["indicator"] == indicator)[column];
        Assert.That(Cell(a, "faq", "found"), Is.EqualTo("true"));
        Assert.That(Cell(a, "faq", "points"), Is.EqualTo("2"));
        Assert.That(Cell(a, "faq", "evidence_url"), Is.EqualTo(a), "the JS-built menu link is on the home page");
        Assert.That(Cell(a, "faq", "evidence"), Does.Contain("常見問答").And.Contain("faq.html"));
        Assert.That(Cell(a, "site_search", "found"), Is.EqualTo("true"));
        Assert.That(Cell(a, "email_contact", "evidence"), Does.Contain("mailto:service@example.gov.tw"));
        Assert.That(Cell(a, "online_application", "evidence_url"), Does.StartWith(a).And.Not.EqualTo(a), "found on an inner page");
        Assert.That(Cell(a, "https", "found"), Is.EqualTo("false"));
        Assert.That(Cell(a, "https", "evidence"), Is.Empty);
        Assert.That(Cell(b, "faq", "found"), Is.EqualTo("false"), "FAQ inside news prose is not an FAQ link");
        Assert.That(Cell(b, "site_search", "found"), Is.EqualTo("false"), "a newsletter e-mail box is not a site search");
        Assert.That(Cell(b, "mobile_viewport", "found"), Is.EqualTo("false"));

        var siteFiles = Directory.GetFiles(Path.Combine(outDir, "sites"), "*.json");
        Assert.That(siteFiles.Select(Path.GetFileName), Is.EquivalentTo(new[]
        {
            $"127.0.0.1_{_agencyA.BaseUrl.Port}.json", $"127.0.0.1_{_agencyB.BaseUrl.Port}.json",
        }));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "sites", $"127.0.0.1_{_agencyA.BaseUrl.Port}.json")));
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(root.GetProperty("metadata").GetProperty("agency").GetString(), Is.EqualTo("範例市政府"));
        Assert.That(root.GetProperty("pages").GetArrayLength(), Is.EqualTo(6));
        var faq = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == "faq");
        Assert.That(faq.GetProperty("evidence").GetProperty("page_url").GetString(), Is.EqualTo(a));
    }

    [Test]
    public async Task Depth_and_page_budget_bound_the_crawl()
    {
        var a = _agencyA.BaseUrl.AbsoluteUri;
        var rubric = Path.Combine(FixtureRoot, "audit-test.yaml");

        var (code, _, error) = await RunAsync("audit", a, "--rubric", rubric, "--out", _out, "--allow-private-network", "--depth", "1", "-q");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(CsvTable.ReadRecords(Path.Combine(_out, "scores.csv")).Single()["pages"], Is.EqualTo("5"));

        (code, _, error) = await RunAsync("audit", a, "--rubric", rubric, "--out", _out, "--allow-private-network", "--max-pages", "2", "-q");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(CsvTable.ReadRecords(Path.Combine(_out, "scores.csv")).Single()["pages"], Is.EqualTo("2"));
    }

    [Test]
    public async Task Default_rubric_scores_all_seven_dimensions()
    {
        var (code, _, error) = await RunAsync("audit", _agencyA.BaseUrl.AbsoluteUri, "--out", _out, "--allow-private-network", "--depth", "0", "-q");

        Assert.That(code, Is.EqualTo(0), error);
        var header = CsvTable.Read(Path.Combine(_out, "scores.csv"))[0];
        Assert.That(header, Is.SupersetOf(new[] { "usability", "self_service", "interactivity", "customization", "transactions", "support", "security" }));
    }

    [Test]
    public async Task Private_addresses_are_refused_without_the_flag()
    {
        var (code, _, error) = await RunAsync("audit", _agencyA.BaseUrl.AbsoluteUri, "--out", _out, "-q");

        Assert.That(code, Is.EqualTo(0), error);
        var row = CsvTable.ReadRecords(Path.Combine(_out, "scores.csv")).Single();
        Assert.That(row["status"], Is.EqualTo("blocked"));
        Assert.That(row["error"], Does.Contain("127.0.0.1"));
        Assert.That(row["pages"], Is.EqualTo("0"));
        Assert.That(row["total"], Is.Empty);
    }

    [Test]
    public async Task Unreachable_site_is_a_row_not_a_failure()
    {
        // A port that was just free: nothing listens there.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (code, _, error) = await RunAsync("audit", $"http://127.0.0.1:{port}/", _agencyB.BaseUrl.AbsoluteUri, "--out", _out, "--allow-private-network", "-q");

        Assert.That(code, Is.EqualTo(0), error);
        var rows = CsvTable.ReadRecords(Path.Combine(_out, "scores.csv"));
        Assert.That(rows.Select(r => r["status"]), Is.EquivalentTo(new[] { "connection_refused", "ok" }));
    }

    [Test]
    public async Task Invalid_rubric_stops_before_any_crawl_with_exit_2()
    {
        var rubric = Path.Combine(_out, "bad.yaml");
        await File.WriteAllTextAsync(rubric, "id: x\nname: X\ndimensions:\n  - id: d\n    name: D\n    weight: 0\n    indicators: []\n");

        var (code, _, error) = await RunAsync("audit", _agencyA.BaseUrl.AbsoluteUri, "--rubric", rubric, "--out", Path.Combine(_out, "o"), "--allow-private-network");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("bad.yaml:6:"));
        Assert.That(Directory.Exists(Path.Combine(_out, "o")), Is.False, "nothing was written");
    }
}
