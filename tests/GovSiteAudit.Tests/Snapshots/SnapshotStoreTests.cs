using System.IO.Compression;
using System.Text.Json;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Snapshots;

public sealed class SnapshotStoreTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-snap-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    /// <summary>A snapshot with every kind of fact filled in, so a lossy round trip shows.</summary>
    public static SiteSnapshot RichSnapshot(string url) => new(
        url,
        url,
        [
            new PageSnapshot(url, 200, "text/html; charset=big5", "臺中市政府 首頁",
                "<html><body><nav><a href=\"/faq.html\">FAQ 常見問答</a> <a href=\"/privacy\">Privacy</a></nav></body></html>",
                new Dictionary<string, string> { ["content-security-policy"] = "default-src 'self'", ["strict-transport-security"] = "max-age=1" },
                0,
                [new FrameSnapshot(url + "frame.html", "<p>frame</p>")],
                [url + "app.js"]),
            new PageSnapshot(url + "faq.html", 200, "text/html", "FAQ", "<h1>FAQ</h1>", new Dictionary<string, string>(), 1, [], []),
        ],
        new SiteFacts(
            [new RedirectHop("http://a.gov.tw/", 301), new RedirectHop(url, 200)],
            new HttpProbe("http://a.gov.tw/", url, true, null),
            new TlsFacts("TLS 1.3", "TWCA", "a.gov.tw", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(60), true, null),
            [new CookieFact("sid", "a.gov.tw", "/", -1, true)],
            [new StorageEntry("https://a.gov.tw", "k", 12)]));

    private static SavedSite Saved(string url) => new(
        SnapshotStore.FormatVersion,
        new AuditTarget(url, new Dictionary<string, string> { ["agency"] = "臺中市政府", ["level"] = "直轄市" }, "list.csv", 2),
        RichSnapshot(url), SiteStatus.Ok, null, 3.25, new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)));

    [Test]
    public void Saved_site_loads_back_unchanged_from_a_gzip_file_named_by_host()
    {
        var saved = Saved("https://a.gov.tw/");

        var path = SnapshotStore.Save(_dir, saved);
        var loaded = SnapshotStore.Load(path);

        Assert.That(path, Is.EqualTo(Path.Combine(_dir, "snapshots", "a.gov.tw.json.gz")));
        using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        {
            Assert.DoesNotThrow(() => JsonDocument.Parse(gzip), "gzip-compressed JSON");
        }
        Assert.That(JsonSerializer.Serialize(loaded), Is.EqualTo(JsonSerializer.Serialize(saved)), "every field survives the round trip");
        Assert.That(loaded.Snapshot.Pages[0].Headers["content-security-policy"], Is.EqualTo("default-src 'self'"));
        Assert.That(loaded.AuditedAt, Is.EqualTo(saved.AuditedAt));
        Assert.That(loaded.Target.Metadata.Keys, Is.EqualTo(new[] { "agency", "level" }));
    }

    [Test]
    public void Every_status_survives_the_round_trip_as_its_column_text()
    {
        foreach (var status in SiteStatus.All)
        {
            var path = SnapshotStore.Save(_dir, Saved("https://a.gov.tw/") with { Status = status, Error = status == SiteStatus.Ok ? null : "why" });

            var loaded = SnapshotStore.Load(path);

            Assert.That(loaded.Status, Is.SameAs(status));
            Assert.That(loaded.Crawl.Status, Is.SameAs(status));
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            Assert.That(JsonDocument.Parse(gzip).RootElement.GetProperty("status").GetString(), Is.EqualTo(status.Text));
        }
    }

    [Test]
    public void A_snapshot_with_an_unknown_status_is_refused_naming_the_file()
    {
        var path = SnapshotStore.Save(_dir, Saved("https://a.gov.tw/") with { Status = SiteStatus.Dns });
        string json;
        using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            json = reader.ReadToEnd();
        }

        Assert.That(json, Does.Contain("\"status\":\"dns\""));
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write(json.Replace("\"status\":\"dns\"", "\"status\":\"dns_failed\"", StringComparison.Ordinal));
        }

        var error = Assert.Throws<SnapshotException>(() => SnapshotStore.Load(path));
        Assert.That(error!.Message, Does.StartWith(path + ": not a readable GovSiteAudit snapshot ('dns_failed' is not a site status (expected ok, dns"));
    }

    [Test]
    public void Files_come_in_the_manifest_order_of_the_targets()
    {
        var targets = new[] { "https://z.gov.tw/", "https://a.gov.tw/", "https://m.gov.tw/" }
            .Select(u => new AuditTarget(u, new Dictionary<string, string>(), "x", 0)).ToList();
        SnapshotStore.WriteManifest(_dir, ["agency"], targets);
        SnapshotStore.Save(_dir, Saved("https://a.gov.tw/"));
        SnapshotStore.Save(_dir, Saved("https://z.gov.tw/"));

        var files = SnapshotStore.Files(_dir).Select(Path.GetFileName).ToList();

        Assert.That(files, Is.EqualTo(new[] { "z.gov.tw.json.gz", "a.gov.tw.json.gz" }), "m was never reached; order is the input's");
        Assert.That(SnapshotStore.LoadManifest(_dir).MetadataColumns, Is.EqualTo(new[] { "agency" }));
    }

    [Test]
    public void A_corrupt_file_is_a_clear_error_naming_it()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "snapshots"));
        var path = Path.Combine(_dir, "snapshots", "bad.json.gz");
        File.WriteAllText(path, "not gzip");

        var e = Assert.Throws<SnapshotException>(() => SnapshotStore.Load(path))!;

        Assert.That(e.Message, Does.StartWith(path).And.Contain("not a readable GovSiteAudit snapshot"));
    }

    [Test]
    public void A_run_without_snapshots_says_how_to_get_them()
    {
        var e = Assert.Throws<SnapshotException>(() => SnapshotStore.LoadManifest(_dir))!;

        Assert.That(e.Message, Does.Contain("--save-snapshots"));
    }
}
