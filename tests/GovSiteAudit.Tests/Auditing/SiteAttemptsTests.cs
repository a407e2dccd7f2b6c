using GovSiteAudit.Auditing;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>Retries and the http fallback, with a crawler that answers from a script (no browser).</summary>
public sealed class SiteAttemptsTests
{
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(100);

    private static AuditTarget Target(string url, bool schemeAssumed = false) =>
        new(url, new Dictionary<string, string>(), "test", 1) { SchemeAssumed = schemeAssumed };

    private static Task<CrawlResult> Attempt(ScriptedCrawler crawler, AuditTarget target) =>
        SiteAttempts.CrawlAsync(crawler, target, Backoff, TimeProvider.System, CancellationToken.None);

    [TestCase("timeout")]
    [TestCase("connection_reset")]
    [TestCase("server_error")]
    [TestCase("browser_error")]
    [TestCase("network_error")]
    public async Task Transient_failure_is_retried_once_after_the_backoff_and_can_recover(string statusText)
    {
        var status = SiteStatus.Parse(statusText);
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [status, SiteStatus.Ok] });
        var time = new FakeTimeProvider();

        var attempt = SiteAttempts.CrawlAsync(crawler, Target("https://a.gov.tw/"), Backoff, time, CancellationToken.None);
        Assert.That(crawler.Calls, Has.Count.EqualTo(1));
        time.Advance(Backoff - TimeSpan.FromMilliseconds(1));
        Assert.That(attempt.IsCompleted, Is.False, "no retry before the backoff has passed");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await attempt.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok));
        Assert.That(crawler.Calls, Has.Count.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"recovered when retried once after {status}: {status} happened"));
    }

    [Test]
    public async Task Transient_failure_that_persists_says_so()
    {
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.Timeout] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/"));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Timeout));
        Assert.That(crawler.Calls, Has.Count.EqualTo(2), "retried once, not more");
        Assert.That(result.Error, Is.EqualTo("timeout happened (transient; retried once)"));
    }

    [TestCase("dns")]
    [TestCase("tls")]
    [TestCase("http_error")]
    [TestCase("connection_refused")]
    [TestCase("blocked")]
    [TestCase("not_html")]
    [TestCase("too_many_redirects")]
    [TestCase("invalid_response")]
    public async Task Permanent_failure_is_never_retried(string statusText)
    {
        var status = SiteStatus.Parse(statusText);
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [status, SiteStatus.Ok] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/"));

        Assert.That(result.Status, Is.EqualTo(status));
        Assert.That(crawler.Calls, Has.Count.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo($"{status} happened (permanent; not retried)"));
    }

    [Test]
    public async Task Ok_site_is_crawled_once_with_no_error()
    {
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.Ok] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/"));

        Assert.That(result.Error, Is.Null);
        Assert.That(crawler.Calls, Has.Count.EqualTo(1));
    }

    [TestCase("connection_refused")]
    [TestCase("connection_reset")]
    [TestCase("tls")]
    [TestCase("timeout")]
    public async Task Assumed_https_that_fails_at_the_connection_falls_back_to_http(string statusText)
    {
        var status = SiteStatus.Parse(statusText);
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [status], ["http://a.gov.tw/"] = [SiteStatus.Ok] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/", schemeAssumed: true));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok));
        Assert.That(result.Snapshot.FinalUrl, Is.EqualTo("http://a.gov.tw/"));
        Assert.That(crawler.Calls, Is.EqualTo(new[] { "https://a.gov.tw/", "http://a.gov.tw/" }), "https is not retried when http is the fallback");
        Assert.That(result.Error, Is.EqualTo($"no scheme was given and https failed ({status}); http was used"));
    }

    [Test]
    public async Task Assumed_https_with_a_dns_failure_does_not_try_http()
    {
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.Dns], ["http://a.gov.tw/"] = [SiteStatus.Ok] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/", schemeAssumed: true));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Dns));
        Assert.That(crawler.Calls, Is.EqualTo(new[] { "https://a.gov.tw/" }));
    }

    [Test]
    public async Task Both_schemes_failing_reports_both()
    {
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.ConnectionRefused], ["http://a.gov.tw/"] = [SiteStatus.ConnectionRefused] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/", schemeAssumed: true));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.ConnectionRefused));
        Assert.That(result.Error, Is.EqualTo("https: connection_refused happened; http: connection_refused happened (permanent; not retried)"));
    }

    [Test]
    public async Task Explicit_https_never_falls_back_to_http()
    {
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.ConnectionRefused], ["http://a.gov.tw/"] = [SiteStatus.Ok] });

        var result = await Attempt(crawler, Target("https://a.gov.tw/"));

        Assert.That(result.Status, Is.EqualTo(SiteStatus.ConnectionRefused));
        Assert.That(crawler.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Runner_uses_the_retries_and_writes_the_final_status()
    {
        var rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit", "audit-test.yaml"));
        var crawler = new ScriptedCrawler(new() { ["https://a.gov.tw/"] = [SiteStatus.ServerError, SiteStatus.Ok], ["https://b.gov.tw/"] = [SiteStatus.Dns] });
        var output = TempFolder.Create("gsa-retry-");
        try
        {
            var runner = new AuditRunner(new AuditOptions(rubric, output) { RetryBackoff = Backoff }, TimeProvider.System);
            var targets = new TargetList([Target("https://a.gov.tw/"), Target("https://b.gov.tw/")], [], []);

            var summary = await runner.RunAsync(crawler, targets, CancellationToken.None);

            Assert.That((summary.Ok, summary.Failed), Is.EqualTo((1, 1)));
            var rows = CsvTable.ReadRecords(Path.Combine(output, "scores.csv"));
            Assert.That(rows.Select(r => (r["url"], r["status"])), Is.EqualTo(new[] { ("https://a.gov.tw/", "ok"), ("https://b.gov.tw/", "dns") }));
            Assert.That(rows[0]["total"], Is.Not.Empty);
            Assert.That(rows[1]["error"], Does.EndWith("(permanent; not retried)"));
        }
        finally
        {
            TempFolder.Delete(output);
        }
    }
}
