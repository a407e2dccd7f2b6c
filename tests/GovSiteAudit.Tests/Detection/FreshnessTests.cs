using GovSiteAudit.Detection;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>Freshness: the newest date a citizen can see on the home and news pages, in the forms government sites use.</summary>
public sealed class FreshnessTests
{
    private static readonly DateTimeOffset AuditedAt = new(2025, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static FreshDate? Newest(params PageSnapshot[] pages) => Freshness.Newest(Sites.Of(pages), AuditedAt);

    private static DateOnly? Date(string body) => Newest(Sites.Page($"<html><body>{body}</body></html>"))?.Date;

    [TestCase("<p>更新日期：民國114年11月20日</p>", 2025, 11, 20)]
    [TestCase("<p>更新日期：民國 114 年 11 月 20 日</p>", 2025, 11, 20)]
    [TestCase("<p>發布日期：114年3月5日</p>", 2025, 3, 5)]
    [TestCase("<p>更新日期：114-11-20</p>", 2025, 11, 20)]
    [TestCase("<p>最後更新：114/11/20</p>", 2025, 11, 20)]
    [TestCase("<ul><li>114.10.02 防災宣導活動</li></ul>", 2025, 10, 2)]
    [TestCase("<ul><li><span>99/01/05</span> <a>舊公告</a></li></ul>", 2010, 1, 5)]
    [TestCase("<p>发布时间：2025年11月20日</p>", 2025, 11, 20)]
    [TestCase("<p>2025-11-20</p>", 2025, 11, 20)]
    [TestCase("<p>Posted 2025/09/30 10:00</p>", 2025, 9, 30)]
    [TestCase("<p>Last updated 20 November 2025</p>", 2025, 11, 20)]
    [TestCase("<p>Page last reviewed: November 3, 2025</p>", 2025, 11, 3)]
    [TestCase("<p>Updated: 3rd Oct 2025</p>", 2025, 10, 3)]
    [TestCase("<p>２０２５年１１月２０日 公告</p>", 2025, 11, 20)]
    [TestCase("<ul><li><a>年終記者會</a> (114/11/25)</li></ul>", 2025, 11, 25, Description = "a news entry with its date after it")]
    [TestCase("<div style=\"display:none\">更新日期：114年11月29日</div><p>更新日期：114年6月7日</p>", 2025, 6, 7, Description = "the hidden date is not one a citizen sees")]
    [TestCase("<p hidden>更新日期：114年11月29日</p><p>更新日期：114年6月7日</p>", 2025, 6, 7)]
    [TestCase("<div style=\"visibility: hidden\"><time datetime=\"2025-11-29\">29 Nov</time></div><p>Last updated 7 June 2025</p>", 2025, 6, 7)]
    public void Dates_are_read_in_chinese_roc_iso_and_english_forms(string body, int year, int month, int day)
    {
        Assert.That(Date(body), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("<p>114-11-20</p>", Description = "a bare ROC-looking number with nothing around it")]
    [TestCase("<p>電話：02-2345-6789</p>")]
    [TestCase("<p>地址：中正路 114-11-28 號</p>", Description = "a street number, not a date")]
    [TestCase("<p>服務處 中正路 114-11-28 號 3 樓</p>", Description = "a street number, not a date")]
    [TestCase("<p>本局位於中山路 114-6-2 附近的大樓</p>", Description = "a number in the middle of a sentence, no update word")]
    [TestCase("<p>版本 1.2.3</p>")]
    [TestCase("<p>© 2025 Example City</p>")]
    [TestCase("<p>活動日期：2026年1月15日</p>", Description = "a coming event: after the audit")]
    [TestCase("<p>成立於 1985年3月1日</p>", Description = "before 1990")]
    [TestCase("<p>今天是 2025年12月1日</p>", Description = "a clock showing today")]
    [TestCase("<p>Today is December 1, 2025</p>")]
    [TestCase("<p>2025-02-30</p>", Description = "no such day")]
    public void What_is_not_a_date_of_an_update_is_left_out(string body)
    {
        Assert.That(Date(body), Is.Null);
    }

    [Test]
    public void Time_elements_and_modified_meta_tags_count()
    {
        var page = Sites.Page("""
            <html><head><meta property="article:modified_time" content="2025-11-28T09:00:00+08:00"></head>
            <body><time datetime="2025-11-02">Nov 2</time></body></html>
            """);
        var newest = Newest(page)!;
        Assert.That(newest.Date, Is.EqualTo(new DateOnly(2025, 11, 28)));
        Assert.That(newest.Source, Is.EqualTo("meta"));

        var onlyTime = Newest(Sites.Page("<html><body><time datetime=\"2025-11-02T10:00\">2 Nov</time></body></html>"))!;
        Assert.That(onlyTime.Date, Is.EqualTo(new DateOnly(2025, 11, 2)));
        Assert.That(onlyTime.Source, Is.EqualTo("time"));
    }

    [TestCase("2025-12-01T00:00:00+08:00", 2025, 12, 1, Description = "midnight in Taipei is still 30 November in UTC")]
    [TestCase("2025-11-30T23:30:00-05:00", 2025, 11, 30, Description = "late evening in Washington is 1 December in UTC")]
    [TestCase("2025-11-20", 2025, 11, 20)]
    public void A_machine_date_is_the_day_the_site_wrote_in_its_own_time_zone(string value, int year, int month, int day)
    {
        var page = Sites.Page($"<html><head><meta property=\"article:modified_time\" content=\"{value}\"></head><body></body></html>");
        Assert.That(Newest(page)!.Date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void The_newest_date_of_the_home_and_news_pages_wins_and_other_pages_are_left_out()
    {
        var home = Sites.Page("<html><body><p>更新日期：114/06/01</p></body></html>");
        var news = Sites.Page("<html><body><ul><li>114/11/25 年終記者會</li><li>114/10/02 防災宣導</li></ul></body></html>", "https://www.example.gov.tw/news/list.aspx", depth: 1);
        var other = Sites.Page("<html><body><p>更新日期：114/11/30</p></body></html>", "https://www.example.gov.tw/law.html", depth: 1);

        var newest = Newest(home, news, other)!;

        Assert.That(newest.Date, Is.EqualTo(new DateOnly(2025, 11, 25)));
        Assert.That(newest.PageUrl, Does.Contain("/news/"));
        Assert.That(newest.Text, Does.Contain("年終記者會"));
        Assert.That(Freshness.DaysSince(newest.Date, AuditedAt), Is.EqualTo(6));
    }

    [Test]
    public void A_page_titled_as_news_counts_whatever_its_address()
    {
        var home = Sites.Page("<html><body><p>Welcome</p></body></html>");
        var news = new PageSnapshot("https://www.example.gov.tw/p?id=7", 200, "text/html", "最新消息", "<html><body><li>114/11/01 公告事項</li></body></html>",
            new Dictionary<string, string>(), 1, [], []);

        Assert.That(Newest(home, news)?.Date, Is.EqualTo(new DateOnly(2025, 11, 1)));
    }

    [Test]
    public void A_stale_site_is_many_days_old_and_a_site_without_dates_has_no_value()
    {
        var stale = Sites.Of(Sites.Page("<html><body><p>Last updated 2 January 2023</p></body></html>"));
        var metrics = SiteMetrics.Of(stale, AuditedAt);
        Assert.That(metrics["days_since_update"], Is.EqualTo(1064));

        Assert.That(SiteMetrics.Of(Sites.Of("<p>no date here</p>"), AuditedAt)["days_since_update"], Is.Null);
        Assert.That(SiteMetrics.Of(stale, null)["days_since_update"], Is.Null, "no audit time, no freshness");
    }
}
