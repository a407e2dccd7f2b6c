using System.Text.Json;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Snapshots;

public sealed class SiteStatusTests
{
    [Test]
    public void Readme_documents_every_status_with_its_kind()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovSiteAudit.sln")))
        {
            dir = dir.Parent;
        }

        Assert.That(dir, Is.Not.Null, "repository root not found");
        var readme = File.ReadAllLines(Path.Combine(dir!.FullName, "README.md"));
        foreach (var status in SiteStatus.All)
        {
            var row = readme.SingleOrDefault(l => l.StartsWith($"| `{status}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"README has no row for {status}");
            Assert.That(row, Does.StartWith($"| `{status}` | {status.KindName ?? "—"} |"));
        }
    }

    [Test]
    public void Transient_and_permanent_are_as_documented()
    {
        Assert.That(SiteStatus.All.Where(s => s.IsTransient), Is.EquivalentTo(new[]
        {
            SiteStatus.Timeout, SiteStatus.ConnectionReset, SiteStatus.ServerError, SiteStatus.BrowserError, SiteStatus.NetworkError,
        }));
        Assert.That(SiteStatus.All.Where(s => s.Kind == SiteStatusKind.Permanent), Is.EquivalentTo(new[]
        {
            SiteStatus.Dns, SiteStatus.ConnectionRefused, SiteStatus.Tls, SiteStatus.HttpError, SiteStatus.InvalidResponse, SiteStatus.NotHtml,
            SiteStatus.TooManyRedirects, SiteStatus.Blocked,
        }));
        Assert.That(SiteStatus.Ok.Kind, Is.EqualTo(SiteStatusKind.None));
        Assert.That(SiteStatus.Ok.KindName, Is.Null);
        Assert.That(SiteStatus.Dns.KindName, Is.EqualTo("permanent"));
        Assert.That(SiteStatus.Timeout.KindName, Is.EqualTo("transient"));
    }

    /// <summary>The column texts as every earlier version wrote them: files of earlier runs must still read.</summary>
    [TestCase("ok", SiteStatusKind.None)]
    [TestCase("dns", SiteStatusKind.Permanent)]
    [TestCase("connection_refused", SiteStatusKind.Permanent)]
    [TestCase("connection_reset", SiteStatusKind.Transient)]
    [TestCase("timeout", SiteStatusKind.Transient)]
    [TestCase("tls", SiteStatusKind.Permanent)]
    [TestCase("http_error", SiteStatusKind.Permanent)]
    [TestCase("server_error", SiteStatusKind.Transient)]
    [TestCase("invalid_response", SiteStatusKind.Permanent)]
    [TestCase("not_html", SiteStatusKind.Permanent)]
    [TestCase("too_many_redirects", SiteStatusKind.Permanent)]
    [TestCase("blocked", SiteStatusKind.Permanent)]
    [TestCase("browser_error", SiteStatusKind.Transient)]
    [TestCase("network_error", SiteStatusKind.Transient)]
    public void Column_text_parses_to_its_status_and_back(string text, SiteStatusKind kind)
    {
        var status = SiteStatus.Parse(text);

        Assert.That(status.Text, Is.EqualTo(text));
        Assert.That(status.ToString(), Is.EqualTo(text));
        Assert.That(status.Kind, Is.EqualTo(kind));
        Assert.That(SiteStatus.All, Does.Contain(status));
        Assert.That(SiteStatus.TryParse(text, out var again), Is.True);
        Assert.That(again, Is.SameAs(status), "one instance per status");
    }

    [Test]
    public void Every_status_round_trips_through_its_text_and_has_its_own()
    {
        Assert.That(SiteStatus.All.Select(s => SiteStatus.Parse(s.Text)), Is.EqualTo(SiteStatus.All));
        Assert.That(SiteStatus.All.Select(s => s.Text), Is.Unique);
        Assert.That(SiteStatus.All, Has.Count.EqualTo(14), "a new status needs its row in the README and in results.schema.json");
    }

    [TestCase("")]
    [TestCase("OK")]
    [TestCase(" ok")]
    [TestCase("error")]
    [TestCase("timeout\u001B[31m")]
    public void Unknown_text_is_refused_naming_the_values_expected(string text)
    {
        Assert.That(SiteStatus.TryParse(text, out var status), Is.False);
        Assert.That(status, Is.Null);
        var error = Assert.Throws<FormatException>(() => SiteStatus.Parse(text));
        Assert.That(error!.Message, Does.Contain("is not a site status (expected ok, dns, connection_refused"));
        // Not Does.Not.Contain: a culture-aware search ignores control characters and finds one everywhere.
        Assert.That(error.Message.Contains('\u001B', StringComparison.Ordinal), Is.False, "control characters of the input are escaped");
        Assert.That(SiteStatus.TryParse(null, out _), Is.False);
    }

    [Test]
    public void Json_is_the_column_text_and_unknown_text_is_refused()
    {
        foreach (var status in SiteStatus.All)
        {
            var json = JsonSerializer.Serialize(new { Status = status });
            Assert.That(json, Is.EqualTo($"{{\"Status\":\"{status.Text}\"}}"));
            Assert.That(JsonSerializer.Deserialize<Holder>(json)!.Status, Is.SameAs(status));
        }

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("{\n\"Status\": \"exploded\"}"));
        Assert.That(error!.Message, Does.Contain("'exploded' is not a site status"));
        Assert.That(error.LineNumber, Is.EqualTo(1), "the serializer adds where");
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("{\"Status\": 3}"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("{\"Status\": null}"));
        Assert.That(JsonSerializer.Serialize(new { Status = (SiteStatus?)null }), Is.EqualTo("{\"Status\":null}"), "an absent status stays null");
    }

    private sealed record Holder(SiteStatus Status);
}
