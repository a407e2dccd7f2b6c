using System.Text;
using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// Chinese pages in Big5 or UTF-8, with the encoding declared in a meta tag, only in the HTTP header, or nowhere,
/// are decoded to the right text in the real browser, and the default rubric finds their features.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class CharsetTests
{
    private const string Title = "水林鄉公所全球資訊網";

    private static readonly CrawlOptions Local = new()
    {
        AllowPrivateNetwork = true,
        PageTimeout = TimeSpan.FromSeconds(15),
        MaxDepth = 0,
        MaxPages = 1,
    };

    private static readonly Encoding Big5;

    private SiteCrawler _crawler = null!;
    private string _root = "";

    static CharsetTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Big5 = Encoding.GetEncoding("big5");
    }

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, Local, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task CloseBrowser() => await _crawler.DisposeAsync();

    [SetUp]
    public void SetUp() => _root = TempFolder.Create("gsa-charset-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_root);

    /// <summary>A small township home page; <paramref name="meta"/> is put in the head as is.</summary>
    private static string Page(string meta) => $$"""
        <html>
        <head>{{meta}}<title>{{Title}}</title></head>
        <body>
        <table width="760"><tr>
        <td><a href="sitemap.htm">網站導覽</a> | <a href="faq.htm">常見問答</a> | <a href="mailto:service@shuilin.gov.tw">鄉長信箱</a></td>
        </tr><tr>
        <td>本所為服務鄉親，設有為民服務中心，歡迎鄉親多加利用。地址：雲林縣水林鄉水北村水林路６號　電話：(05)785-2511</td>
        </tr></table>
        </body>
        </html>
        """;

    private async Task<GovSiteAudit.Snapshots.SiteSnapshot> ServeAndCrawl(byte[] body, string? contentType)
    {
        await File.WriteAllBytesAsync(Path.Combine(_root, "index.html"), body);
        if (contentType is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(_root, FixtureServer.ConfigFileName),
                System.Text.Json.JsonSerializer.Serialize(new { headers = new Dictionary<string, Dictionary<string, string>> { ["*"] = new() { ["Content-Type"] = contentType } } }));
        }

        await using var server = await FixtureServer.StartAsync(_root);
        var result = await _crawler.CrawlAsync(server.BaseUrl.AbsoluteUri, Local, CancellationToken.None);
        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        return result.Snapshot;
    }

    private static void AssertDecoded(GovSiteAudit.Snapshots.SiteSnapshot snapshot)
    {
        var home = snapshot.Home!;
        Assert.That(home.Title, Is.EqualTo(Title));
        Assert.That(home.Html, Does.Contain("常見問答").And.Contain("歡迎鄉親多加利用"));

        var found = Detector.Detect(RubricLoader.LoadDefault(), snapshot).Where(f => f.Found).Select(f => f.IndicatorId);
        Assert.That(found, Is.SupersetOf(new[] { "sitemap", "faq", "email_contact", "phone_contact" }));
    }

    [Test]
    public async Task Big5_declared_in_a_meta_tag()
    {
        AssertDecoded(await ServeAndCrawl(Big5.GetBytes(Page("<meta charset=\"big5\">")), "text/html"));
    }

    [Test]
    public async Task Big5_declared_by_http_equiv()
    {
        AssertDecoded(await ServeAndCrawl(Big5.GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">")), "text/html"));
    }

    [Test]
    public async Task Big5_declared_only_in_the_http_header()
    {
        AssertDecoded(await ServeAndCrawl(Big5.GetBytes(Page("")), "text/html; charset=big5"));
    }

    [Test]
    public async Task Big5_without_any_declaration()
    {
        AssertDecoded(await ServeAndCrawl(Big5.GetBytes(Page("")), "text/html"));
    }

    [Test]
    public async Task Utf8_without_any_declaration()
    {
        AssertDecoded(await ServeAndCrawl(new UTF8Encoding(false).GetBytes(Page("")), "text/html"));
    }

    [Test]
    public async Task Header_charset_wins_over_a_wrong_meta_tag()
    {
        // The HTTP header takes precedence over the document (HTML encoding sniffing algorithm).
        AssertDecoded(await ServeAndCrawl(Big5.GetBytes(Page("<meta charset=\"utf-8\">")), "text/html; charset=big5"));
    }

    [Test]
    public async Task Undeclared_utf8_inner_page_is_decoded_too()
    {
        var utf8 = new UTF8Encoding(false);
        await File.WriteAllBytesAsync(Path.Combine(_root, "faq.htm"), utf8.GetBytes("<html><head><title>常見問答</title></head><body><h1>常見問答集</h1></body></html>"));
        var options = Local with { MaxDepth = 1, MaxPages = 5 };
        await File.WriteAllBytesAsync(Path.Combine(_root, "index.html"), utf8.GetBytes(Page("")));
        await using var server = await FixtureServer.StartAsync(_root);

        var result = await _crawler.CrawlAsync(server.BaseUrl.AbsoluteUri, options, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(SiteStatus.Ok), result.Error);
        var faq = result.Snapshot.Pages.Single(p => p.Url == server.Url("faq.htm"));
        Assert.That(faq.Title, Is.EqualTo("常見問答"));
        Assert.That(faq.Html, Does.Contain("常見問答集"));
    }

    [TestCase("text/html", "<p>中文</p>", true)]
    [TestCase(null, "<p>中文</p>", true)]
    [TestCase("text/html; charset=utf-8", "<p>中文</p>", false)]
    [TestCase("text/html", "<meta charset=utf-8><p>中文</p>", false)]
    [TestCase("text/html", "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\"><p>café</p>", false)]
    [TestCase("text/html", "<p>plain ASCII</p>", false)]
    public void Undeclared_utf8_is_recognised(string? contentType, string html, bool expected)
    {
        Assert.That(UndeclaredUtf8.IsUndeclaredUtf8(contentType, Encoding.UTF8.GetBytes(html)), Is.EqualTo(expected));
    }

    [Test]
    public void Big5_bytes_and_a_byte_order_mark_are_not_undeclared_utf8()
    {
        Assert.That(UndeclaredUtf8.IsUndeclaredUtf8("text/html", Big5.GetBytes("<p>常見問答</p>")), Is.False);
        Assert.That(UndeclaredUtf8.IsUndeclaredUtf8("text/html", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>中文</p>")]), Is.False);
    }
}
