using System.IO.Compression;
using System.Text;
using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>Sitemap files as hostile input (<see cref="Sitemap"/>), the seeds' place in the frontier and their fetching through the guard.</summary>
public sealed class SitemapTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Test]
    public void Urlset_index_and_plain_text_sitemaps_are_read()
    {
        var urlset = Sitemap.Parse(Utf8("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc> https://www.example.gov.tw/a.html </loc><lastmod>2026-01-01</lastmod></url>
              <url><loc><![CDATA[https://www.example.gov.tw/b.html?x=1&y=2]]></loc></url>
            </urlset>
            """));
        var index = Sitemap.Parse(Utf8("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://www.example.gov.tw/s1.xml</loc></sitemap>
            </sitemapindex>
            """));
        var text = Sitemap.Parse(Utf8("\uFEFFhttps://www.example.gov.tw/c.html\r\nnot an address\nhttps://www.example.gov.tw/d.html\n"));

        Assert.That(urlset.Pages, Is.EqualTo(new[] { "https://www.example.gov.tw/a.html", "https://www.example.gov.tw/b.html?x=1&y=2" }));
        Assert.That(urlset.Sitemaps, Is.Empty);
        Assert.That(index.Sitemaps, Is.EqualTo(new[] { "https://www.example.gov.tw/s1.xml" }));
        Assert.That(index.Pages, Is.Empty);
        Assert.That(text.Pages, Is.EqualTo(new[] { "https://www.example.gov.tw/c.html", "https://www.example.gov.tw/d.html" }));
    }

    [Test]
    public void Gzip_sitemaps_are_read_and_a_gzip_bomb_stops_at_the_cap()
    {
        var gzipped = Sitemap.Parse(Gzip(Utf8("<urlset><url><loc>https://x.gov/a</loc></url></urlset>")));
        // 256 MiB of a repeated entry, well under a megabyte compressed: read up to the cap, then cut off.
        var entry = Utf8("<url><loc>https://x.gov/p</loc></url>");
        var bomb = Gzip(Utf8("<urlset>"), entry, 256L * 1024 * 1024 / entry.Length);

        var started = DateTime.UtcNow;
        var content = Sitemap.Parse(bomb);

        Assert.That(gzipped.Pages, Is.EqualTo(new[] { "https://x.gov/a" }));
        Assert.That(content.Pages, Has.Count.EqualTo(Sitemap.MaxEntries), "entries are capped");
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(30)), "the bomb is never inflated whole");
    }

    [Test]
    public void Entities_are_never_expanded_and_damaged_files_keep_what_came_before()
    {
        var laughs = Sitemap.Parse(Utf8("""
            <?xml version="1.0"?>
            <!DOCTYPE urlset [<!ENTITY a "https://x.gov/aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <urlset><url><loc>&b;</loc></url><url><loc>&ext;</loc></url><url><loc>https://x.gov/ok</loc></url></urlset>
            """));
        var truncated = Sitemap.Parse(Utf8("<urlset><url><loc>https://x.gov/1</loc></url><url><loc>https://x.gov/2</loc></url><url><lo"));
        var html = Sitemap.Parse(Utf8("<!DOCTYPE html><html><body><a href='https://x.gov/a'>a</a><loc>https://x.gov/b</loc></body></html>"));
        var garbage = Sitemap.Parse([0x00, 0xFF, 0x1F, 0x8B, 0x08]);

        Assert.That(laughs.Pages.Any(p => p.Contains("passwd", StringComparison.Ordinal) || p.Contains("root:", StringComparison.Ordinal)), Is.False);
        Assert.That(laughs.Pages.All(p => p.Length < 200), Is.True, "no entity expanded");
        Assert.That(truncated.Pages, Is.EqualTo(new[] { "https://x.gov/1", "https://x.gov/2" }));
        Assert.That(html.Pages, Is.Empty, "an HTML page (an app answering every path) is not a sitemap");
        Assert.That(garbage.Pages, Is.Empty);
    }

    [Test]
    public void Sitemap_pages_never_go_before_priority_links()
    {
        var frontier = new CrawlFrontier(["www.example.gov.tw"], ["privacy", "faq"]);
        var level = frontier.Next(
        [
            new FoundLink("https://www.example.gov.tw/news.html", "News"),
            new FoundLink("https://www.example.gov.tw/p.html", "Privacy"),
            new FoundLink("https://www.example.gov.tw/about.html", "About"),
        ]);
        string[] sitemap =
        [
            "https://www.example.gov.tw/archive/1.html", "https://www.example.gov.tw/faq/", "https://www.example.gov.tw/about.html",
            "https://other.gov.tw/x.html", "https://www.example.gov.tw/archive/2.html", "https://www.example.gov.tw/archive/3.html",
        ];

        var merged = SitemapSeeds.Merge(frontier, level, sitemap, max: 3);

        Assert.That(merged.Select(l => l.Url.Split('/', 4)[3]), Is.EqualTo(new[]
        {
            "p.html", "faq/", "news.html", "about.html", "archive/1.html", "archive/2.html",
        }), "priority links, priority sitemap pages, other links, other sitemap pages (capped; linked and off-site ones dropped)");
        Assert.That(SitemapSeeds.Merge(frontier, level, [], max: 3), Is.SameAs(level));
    }

    [Test]
    public void Robots_txt_sitemap_lines_are_kept_outside_groups()
    {
        var robots = RobotsTxt.Parse("Sitemap: https://www.example.gov.tw/a.xml\nUser-agent: *\nDisallow: /x/\nsitemap:https://www.example.gov.tw/b.xml.gz\nDisallow: /y/\n");

        Assert.That(robots.Sitemaps, Is.EqualTo(new[] { "https://www.example.gov.tw/a.xml", "https://www.example.gov.tw/b.xml.gz" }));
        Assert.That(robots.IsAllowed(new Uri("https://www.example.gov.tw/y/1")), Is.False, "a Sitemap line does not end the group");
    }

    [Test]
    public async Task Sitemaps_are_fetched_through_the_guard_which_refuses_private_addresses()
    {
        await using var server = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "sitemap-seed"));
        server.MapRoute("/sitemap.xml", context => context.Response.WriteAsync($"<urlset><url><loc>{server.Url("orphan.html")}</loc></url></urlset>"));
        var origin = server.BaseUrl;
        var options = new CrawlOptions { IgnoreRobots = true, PageTimeout = TimeSpan.FromSeconds(10) };

        var refused = await SitemapSeeds.FetchAsync(origin, _ => true, options, GuardedConnector.System, CancellationToken.None);
        var allowed = await SitemapSeeds.FetchAsync(origin, _ => true, options with { AllowPrivateNetwork = true }, GuardedConnector.System, CancellationToken.None);

        Assert.That(refused.SitemapPages, Is.Empty, "127.0.0.1 is refused without --allow-private-network");
        Assert.That(allowed.SitemapPages, Is.EqualTo(new[] { server.Url("orphan.html") }));
        Assert.That(server.Requests.Count(r => r == "/sitemap.xml"), Is.EqualTo(1), "the refused fetch never reached the server");
    }

    [Test]
    public async Task A_compression_bomb_sent_as_content_encoding_stops_at_the_cap()
    {
        await using var server = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "sitemap-seed"));
        var bomb = AppCrawlTests.GzipZeros(64L * 1024 * 1024);
        server.MapRoute("/sitemap.xml", context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return context.Response.Body.WriteAsync(bomb).AsTask();
        });
        var options = new CrawlOptions { AllowPrivateNetwork = true, PageTimeout = TimeSpan.FromSeconds(10) };

        var file = await SiteFile.GetAsync(new Uri(server.BaseUrl, "/sitemap.xml"), options, GuardedConnector.System, Sitemap.MaxBytes, "application/xml", CancellationToken.None);

        Assert.That(file.Body, Has.Length.EqualTo(Sitemap.MaxBytes));
        Assert.That(file.Truncated, Is.True);
    }

    private static byte[] Gzip(byte[] bytes) => Gzip([], bytes, 1);

    private static byte[] Gzip(byte[] head, byte[] repeated, long times)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(head);
            var block = new byte[repeated.Length * 1024];
            for (var i = 0; i < 1024; i++)
            {
                repeated.CopyTo(block, i * repeated.Length);
            }

            for (long i = 0; i < times; i += 1024)
            {
                gzip.Write(block);
            }
        }

        return output.ToArray();
    }
}
