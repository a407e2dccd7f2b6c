using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path) => RobotsTxt.Parse(robots).IsAllowed(new Uri("https://www.example.gov.tw" + path));

    [Test]
    public void Our_group_wins_over_the_star_group()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: govsiteaudit
            Disallow: /private/
            """;
        Assert.That(Allowed(robots, "/faq.html"), Is.True);
        Assert.That(Allowed(robots, "/private/x.html"), Is.False);
    }

    [Test]
    public void Star_group_applies_when_none_names_us()
    {
        const string robots = "User-agent: Googlebot\nDisallow:\n\nUser-agent: *\nDisallow: /cgi-bin/\n";
        Assert.That(Allowed(robots, "/cgi-bin/search?q=1"), Is.False);
        Assert.That(Allowed(robots, "/faq.html"), Is.True);
    }

    [Test]
    public void Several_user_agent_lines_share_one_group_and_matching_groups_combine()
    {
        const string robots = "User-agent: Bingbot\nUser-agent: GovSiteAudit/1.0\nDisallow: /a\n\nUser-agent: GovSiteAudit\nDisallow: /b\n";
        Assert.That(Allowed(robots, "/a1"), Is.False);
        Assert.That(Allowed(robots, "/b1"), Is.False);
        Assert.That(Allowed(robots, "/c1"), Is.True);
    }

    [Test]
    public void Longest_match_wins_and_allow_wins_a_tie()
    {
        const string robots = "User-agent: *\nDisallow: /services/\nAllow: /services/faq\nAllow: /x\nDisallow: /x\n";
        Assert.That(Allowed(robots, "/services/apply"), Is.False);
        Assert.That(Allowed(robots, "/services/faq.html"), Is.True);
        Assert.That(Allowed(robots, "/x"), Is.True);
    }

    [Test]
    public void Wildcards_and_end_anchor()
    {
        const string robots = "User-agent: *\nDisallow: /*.php$\nDisallow: /*/print\nDisallow: /search*q=\n";
        Assert.That(Allowed(robots, "/index.php"), Is.False);
        Assert.That(Allowed(robots, "/index.php?id=1"), Is.True, "$ anchors the end");
        Assert.That(Allowed(robots, "/news/2024/print"), Is.False);
        Assert.That(Allowed(robots, "/search?lang=zh&q=x"), Is.False);
        Assert.That(Allowed(robots, "/search"), Is.True);
    }

    [Test]
    public void Comments_blank_disallow_unknown_records_and_case_are_handled()
    {
        const string robots = "# comment\nUSER-AGENT: * # everyone\nsitemap: https://x/sitemap.xml\ncrawl-delay: 5\nDISALLOW: /Admin # staff\nDisallow:\n";
        Assert.That(Allowed(robots, "/Admin/login"), Is.False);
        Assert.That(Allowed(robots, "/admin/login"), Is.True, "paths are case-sensitive");
    }

    [Test]
    public void Non_ascii_paths_compare_percent_encoded()
    {
        const string robots = "User-agent: *\nDisallow: /公告/\n";
        Assert.That(Allowed(robots, "/%e5%85%ac%e5%91%8a/1.html"), Is.False, "escapes compare case-insensitively");
        Assert.That(Allowed(robots, "/公告/1.html"), Is.False);
        Assert.That(Allowed(robots, "/其他/1.html"), Is.True);
    }

    [Test]
    public void Robots_txt_itself_is_always_allowed_and_empty_file_allows_all()
    {
        Assert.That(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"), Is.True);
        Assert.That(Allowed("", "/anything"), Is.True);
        Assert.That(Allowed("Disallow: /\n", "/anything"), Is.True, "a rule before any user-agent line belongs to no group");
    }

    [Test]
    public void Disallow_all_leaves_nothing_but_robots_txt()
    {
        var robots = RobotsTxt.DisallowAll("robots.txt answered HTTP 503");
        Assert.That(robots.IsAllowed(new Uri("https://a.gov.tw/faq.html")), Is.False);
        Assert.That(robots.Source, Does.Contain("503"));
    }

    [Test]
    public async Task Fetch_maps_status_codes_as_rfc_9309_says()
    {
        await using var server = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "js-nav"));
        var options = new CrawlOptions { AllowPrivateNetwork = true, PageTimeout = TimeSpan.FromSeconds(5) };
        var faq = new Uri(server.Url("faq.html"));

        var missing = await RobotsTxt.FetchAsync(server.BaseUrl, options, CancellationToken.None);
        Assert.That(missing.IsAllowed(faq), Is.True, "404: no rules");

        server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nDisallow: /faq"));
        Assert.That((await RobotsTxt.FetchAsync(server.BaseUrl, options, CancellationToken.None)).IsAllowed(faq), Is.False);

        server.MapRoute("/robots.txt", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        Assert.That((await RobotsTxt.FetchAsync(server.BaseUrl, options, CancellationToken.None)).IsAllowed(faq), Is.False, "5xx: assume all disallowed");
    }

    [Test]
    [NonParallelizable]
    public async Task Fetch_never_goes_through_a_proxy_from_the_environment()
    {
        // An HTTP_PROXY of a CI runner would resolve and connect for us, past the guard: it is never used.
        await using var server = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "js-nav"));
        server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nDisallow: /faq"));
        var saved = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new System.Net.WebProxy(FixtureServer.ClosedPortUrl());
        try
        {
            var robots = await RobotsTxt.FetchAsync(server.BaseUrl, new CrawlOptions { AllowPrivateNetwork = true }, CancellationToken.None);

            Assert.That(robots.Source, Is.EqualTo("robots.txt"), "fetched directly, not through the dead proxy");
            Assert.That(robots.IsAllowed(new Uri(server.Url("faq.html"))), Is.False);
        }
        finally
        {
            HttpClient.DefaultProxy = saved;
        }
    }

    [Test]
    public async Task Fetch_respects_the_network_guard()
    {
        await using var server = await FixtureServer.StartAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "js-nav"));
        server.MapRoute("/robots.txt", context => context.Response.WriteAsync("User-agent: *\nAllow: /"));

        var robots = await RobotsTxt.FetchAsync(server.BaseUrl, new CrawlOptions { AllowPrivateNetwork = false }, CancellationToken.None);

        Assert.That(server.Requests, Is.Empty, "no connection to a loopback address");
        Assert.That(robots.IsAllowed(new Uri(server.Url("faq.html"))), Is.False);
    }
}
