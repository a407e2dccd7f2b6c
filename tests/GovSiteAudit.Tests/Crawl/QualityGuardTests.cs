using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The search probe and the link check on a hostile public site (<see cref="EvilWeb"/>): a search form, and links, that
/// redirect to a service on 127.0.0.1. Both go through the network guard: nothing reaches the internal service, the
/// probe ends as a note, a link is reported broken as blocked, and the site stays ok.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class QualityGuardTests
{
    private static readonly CrawlOptions Public = new()
    {
        AllowPrivateNetwork = false,
        PageTimeout = TimeSpan.FromSeconds(5),
        MaxDepth = 0,
        MaxPages = 1,
        IgnoreRobots = true,
        Quality = new QualityOptions(),
    };

    private SiteCrawler _crawler = null!;
    private EvilWeb _web = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await BrowserProvisioner.EnsureAsync(null, allowInstall: false, TextWriter.Null, CancellationToken.None);
        _crawler = await EvilWeb.LaunchCrawlerAsync(browser, Public);
        _web = await EvilWeb.StartAsync();
        var secret = _web.Internal.Url("/secret");
        _web.Site.MapRoute("/quality-home", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("""
                <html><head><meta name="viewport" content="width=device-width"></head><body>
                <nav><a href="/quality-home">首頁</a> <a href="/quality-inward">Services</a></nav>
                <form action="/quality-search" method="get"><input type="search" name="q"><button>搜尋</button></form>
                </body></html>
                """, context.RequestAborted);
        });
        _web.Site.MapRoute("/quality-search", context => Redirect(context, secret));
        _web.Site.MapRoute("/quality-inward", context => Redirect(context, secret));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _crawler.DisposeAsync();
        await _web.DisposeAsync();
    }

    private static Task Redirect(HttpContext context, string to)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    }

    [Test]
    public async Task A_search_form_and_a_link_leading_to_a_private_address_end_as_notes()
    {
        var before = _web.Internal.Connections;

        var result = await _crawler.CrawlAsync(_web.Url("/quality-home"), Public, CancellationToken.None);
        await TestContext.Out.WriteLineAsync($"{result.Status}: {result.Error}; {System.Text.Json.JsonSerializer.Serialize(result.Snapshot.Measurements)}");

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var search = result.Snapshot.Measurements!.Search!;
        Assert.That(search.Query, Is.EqualTo("Services"));
        Assert.That(search.Works, Is.Null, "not judged");
        Assert.That(search.Reason, Does.Contain("could not be loaded").And.Contain("loopback"));
        var broken = result.Snapshot.Measurements.Links!.Broken.Single();
        Assert.That(broken.Url, Does.EndWith("/quality-inward"));
        Assert.That(broken.Error, Does.StartWith("blocked:").And.Contain("loopback"));
        Assert.That(_web.Internal.Connections - before, Is.Zero, "no connection reached the internal service");
    }
}
