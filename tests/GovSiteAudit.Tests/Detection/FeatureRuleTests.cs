using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>Features without words (feed, account_link, handler), labelled blocks and headline near-misses.</summary>
public sealed class FeatureRuleTests
{
    private static readonly string[] Platforms = ["facebook.com", "youtube.com", "line.me", "weibo.com", "flickr.com", "x.com", "twitter.com", "instagram.com", "toutiao.com", "bilibili.com"];

    private static Evidence? Evaluate(Rule rule, string body) => Detector.Evaluate(rule, Sites.Of($"<html><body>{body}</body></html>"));

    [TestCase("<a href=\"/rss.xml\"><img src=\"rss.png\"></a>")]
    [TestCase("<a href=\"/news/feed.xml\"></a>")]
    [TestCase("<a href=\"https://www.example.gov.tw/News.rss\">訂閱</a>")]
    [TestCase("<a href=\"/RSS/RssList.aspx?n=12\"><i class=\"icon\"></i></a>")]
    [TestCase("<a href=\"/feed/\"></a>")]
    [TestCase("<a href=\"/api/news?format=atom\"></a>")]
    [TestCase("<a href=\"/x\" type=\"application/atom+xml\">Latest</a>")]
    public void Feed_links_are_recognised_by_type_or_address(string body)
    {
        Assert.That(Evaluate(new FeedRule(false, PageScope.All), body), Is.Not.Null);
    }

    [TestCase("<a href=\"/feedback\">Feedback</a>")]
    [TestCase("<a href=\"/sitemap.xml\">Sitemap</a>")]
    [TestCase("<a href=\"/feeding-programmes\">School meals</a>")]
    [TestCase("<a href=\"javascript:void(0)\">RSS</a>")]
    public void Other_links_are_not_feeds(string body)
    {
        Assert.That(Evaluate(new FeedRule(false, PageScope.All), body), Is.Null);
    }

    [Test]
    public void A_head_feed_counts_only_when_asked()
    {
        var site = Sites.Of("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body><p>x</p></body></html>");

        Assert.That(Detector.Evaluate(new FeedRule(false, PageScope.All), site), Is.Null, "citizens do not see head metadata");
        Assert.That(Detector.Evaluate(new FeedRule(true, PageScope.All), site)?.Element, Is.EqualTo("link[href=\"/rss\"]"));
    }

    [TestCase("<a href=\"https://www.facebook.com/NIAinTW\"><img src=\"fb.png\"></a>")]
    [TestCase("<a href=\"https://line.me/R/ti/p/@taichung\"></a>")]
    [TestCase("<a href=\"https://www.youtube.com/@taipei\"></a>")]
    [TestCase("<a href=\"http://weibo.com/u/1234567\"></a>")]
    [TestCase("<a href=\"https://www.flickr.com/photos/mofa\"></a>")]
    [TestCase("<a href=\"https://x.com/WhiteHouse\"></a>")]
    [TestCase("<iframe src=\"https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FNIAinTW&tabs=timeline\"></iframe>")]
    public void Accounts_are_recognised_by_the_platform_host(string body)
    {
        Assert.That(Evaluate(new AccountLinkRule(Platforms, PageScope.All), body), Is.Not.Null);
    }

    [TestCase("<a href=\"https://www.facebook.com/sharer/sharer.php?u=https://example.gov.tw\">分享</a>")]
    [TestCase("<a href=\"https://twitter.com/intent/tweet?text=x\">Tweet</a>")]
    [TestCase("<a href=\"https://social-plugins.line.me/lineit/share?url=x\">LINE</a>")]
    [TestCase("<a href=\"https://line.me/R/msg/text/?x\">LINE</a>")]
    [TestCase("<a href=\"https://www.facebook.com/\">Facebook</a>")]
    [TestCase("<a href=\"https://www.facebook.com/login.php\">Log in with Facebook</a>")]
    [TestCase("<a href=\"https://www.facebook.com/dialog/oauth?client_id=1\">Continue with Facebook</a>")]
    [TestCase("<a href=\"http://service.weibo.com/share/share.php?url=x\">微博</a>")]
    [TestCase("<img src=\"wechat-qr.png\" alt=\"微信公众号\">")]
    [TestCase("<a href=\"https://notfacebook.com/agency\">x</a>")]
    [TestCase("<iframe src=\"https://www.facebook.com/plugins/share_button.php?href=https%3A%2F%2Fexample.gov.tw\"></iframe>")]
    [TestCase("<a href=\"https://www.toutiao.com/article/7300000000000000000/\">一篇文章</a>")]
    [TestCase("<a href=\"https://www.bilibili.com/video/BV1xx411c7mD\">视频</a>")]
    public void Share_intent_login_bare_host_and_qr_images_are_not_accounts(string body)
    {
        Assert.That(Evaluate(new AccountLinkRule(Platforms, PageScope.All), body), Is.Null);
    }

    [TestCase("<a href=\"javascript:setActiveStyleSheet('large')\"><img src=\"l.gif\"></a>")]
    [TestCase("<button type=\"button\" onclick=\"setFontSize(1)\"></button>")]
    [TestCase("<span role=\"button\" onkeypress=\"textSize('+')\">+</span>")]
    public void Controls_wired_by_script_are_found_by_their_handler(string body)
    {
        var evidence = Evaluate(new HandlerRule(Sites.Regex("setActiveStyleSheet|font-?size|text-?size"), "x", PageScope.All), body);

        Assert.That(evidence, Is.Not.Null);
        Assert.That(evidence!.Text, Does.Contain("Size").Or.Contain("StyleSheet"));
    }

    [Test]
    public void Handlers_that_do_something_else_are_not_found()
    {
        var body = "<a href=\"javascript:window.print()\">Print</a><button onclick=\"toggleMenu()\">Menu</button><p>fontSize is set in CSS</p>";

        Assert.That(Evaluate(new HandlerRule(Sites.Regex("setActiveStyleSheet|font-?size"), "x", PageScope.All), body), Is.Null);
    }

    private static BlockRule Block(string[] label, string[]? links = null, int minLinks = 2) =>
        new(KeywordSet.Of(label), links is null ? null : KeywordSet.Of(links), minLinks, PageScope.All);

    [Test]
    public void A_heading_over_task_links_is_evidence_for_its_label()
    {
        var body = "<section><h2>便民服務</h2><ul><li><a href=\"/a\">展示館參訪申請</a></li><li><a href=\"/b\">會議室租借</a></li></ul></section>";

        var evidence = Evaluate(Block(["便民服務", "e-Services"], ["申請", "租借"]), body);

        Assert.That(evidence, Is.Not.Null);
        Assert.That(evidence!.Text, Is.EqualTo("便民服務 › 展示館參訪申請"));
        Assert.That(evidence.Element, Does.StartWith("h2 › a[href=\"/a\"]"));
    }

    [TestCase("<nav aria-label=\"e-Services\"><a href=\"/1\">Renew a permit</a><a href=\"/2\">Book an inspection</a></nav>")]
    [TestCase("<ul class=\"menu\"><li><a href=\"/svc\">E-Services</a><ul><li><a href=\"/1\">Permits</a></li><li><a href=\"/2\">Licences</a></li></ul></li></ul>")]
    [TestCase("<div class=\"box\"><div class=\"home-common-tit\">E-Services</div><div><a href=\"/1\">Permits</a> <a href=\"/2\">Licences</a></div></div>")]
    public void Aria_labels_menu_items_and_title_elements_label_blocks_too(string body)
    {
        Assert.That(Evaluate(Block(["e-services"]), body), Is.Not.Null);
    }

    [TestCase("<h2>便民服務</h2><p>請洽服務台。</p>", "a heading without links")]
    [TestCase("<section><h2>便民服務</h2><a href=\"/a\">服務時間</a></section>", "one link where two are required")]
    [TestCase("<section><h2>便民服務</h2><ul><li><a href=\"/a\">服務時間</a></li><li><a href=\"/b\">交通資訊</a></li></ul></section>", "no link of the asked kind")]
    [TestCase("<section><p>本局便民服務以民眾為中心，提供各項申請與諮詢。</p><ul><li><a href=\"/a\">線上申請</a></li><li><a href=\"/b\">租借</a></li></ul></section>", "the words in prose, not as a label")]
    public void Near_misses_of_blocks_are_not_found(string body, string why)
    {
        Assert.That(Evaluate(Block(["便民服務"], ["申請", "租借"]), body), Is.Null, why);
    }

    [Test]
    public void A_survey_in_a_dated_news_entry_is_a_headline_not_a_channel()
    {
        var news = "<ul class=\"news\"><li><span>2024-05-01</span> <a href=\"/n/1\">市民滿意度調查</a></li></ul>";
        var channel = "<ul class=\"links\"><li><a href=\"/survey\">市民滿意度調查</a></li></ul>";
        var rule = new LinkTextRule(KeywordSet.Of("滿意度調查"), Region.Page, PageScope.All, 20, SkipHeadlines: true);

        Assert.That(Evaluate(rule, news), Is.Null);
        Assert.That(Evaluate(rule with { SkipHeadlines = false }, news), Is.Not.Null);
        Assert.That(Evaluate(rule, channel), Is.Not.Null);
        Assert.That(Evaluate(rule, "<table><tr><td>113-05-01</td><td><a href=\"/n\">滿意度調查</a></td></tr></table>"), Is.Null, "a table row of a news list, dated in another cell (ROC year)");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/n/2\">市民滿意度調查</a><span>2024-04-30</span></li></ul>"), Is.Null, "minified markup: the date touches the headline");
        Assert.That(Evaluate(rule, "<ul><li><span>113.04.30</span><a href=\"/n/3\">滿意度調查</a></li></ul>"), Is.Null, "an ROC date touching the headline");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/s\">滿意度調查</a><span>編號20240430123</span></li></ul>"), Is.Not.Null, "a long number is not a date");
    }

    [Test]
    public void A_forms_own_button_says_what_the_form_does_not_where_a_feature_is()
    {
        var rule = new LinkTextRule(KeywordSet.Of("Apply"), Region.Page, PageScope.All, 50, SkipFormButtons: true);
        var filter = "<form action=\"/news\"><select name=\"topic\"><option>All</option></select><button type=\"submit\">Apply</button></form>";

        Assert.That(Evaluate(rule, filter), Is.Null, "the filter form's submit button");
        Assert.That(Evaluate(rule, "<form action=\"/news\"><input type=\"submit\" value=\"Apply\"></form>"), Is.Null, "a submit input");
        Assert.That(Evaluate(rule, "<form id=\"f\" action=\"/news\"></form><button form=\"f\">Apply</button>"), Is.Null, "a button naming its form");
        Assert.That(Evaluate(rule with { SkipFormButtons = false }, filter), Is.Not.Null, "without the option the button counts");
        Assert.That(Evaluate(rule, "<form action=\"/s\"><input name=\"q\"><a href=\"/apply\">Apply</a></form>"), Is.Not.Null, "a link inside a form is still a link");
        Assert.That(Evaluate(rule, "<nav><button type=\"button\" onclick=\"go('/apply')\">Apply</button></nav>"), Is.Not.Null, "a button outside any form");
    }

    [Test]
    public void Controls_only_keeps_controls_that_act_on_the_page_and_drops_links_to_other_pages()
    {
        var rule = new LinkTextRule(KeywordSet.Of("在线咨询"), Region.Page, PageScope.All, 20, ControlsOnly: true);

        Assert.That(Evaluate(rule, "<a href=\"/hdjl/zx\">在线咨询</a>"), Is.Null, "a link to the written-consultation column");
        Assert.That(Evaluate(rule with { ControlsOnly = false }, "<a href=\"/hdjl/zx\">在线咨询</a>"), Is.Not.Null, "without the option the link counts");
        Assert.That(Evaluate(rule, "<button type=\"button\">在线咨询</button>"), Is.Not.Null, "a button");
        Assert.That(Evaluate(rule, "<div role=\"button\" aria-label=\"在线咨询\"></div>"), Is.Not.Null, "role=button named by aria-label");
        Assert.That(Evaluate(rule, "<div class=\"kf\" onclick=\"openKf()\"><img src=\"kf.png\" alt=\"在线咨询\"></div>"), Is.Not.Null, "an onclick bubble named by its image");
        Assert.That(Evaluate(rule, "<a href=\"/zx\" onclick=\"openKf();return false\">在线咨询</a>"), Is.Not.Null, "a link whose script opens the chat");
        Assert.That(Evaluate(rule, "<a href=\"javascript:void(0)\">在线咨询</a>"), Is.Not.Null, "a javascript: address");
        Assert.That(Evaluate(rule, "<a href=\"#kf\">在线咨询</a>"), Is.Not.Null, "a fragment address opened by a listener");
        Assert.That(Evaluate(rule, "<a>在线咨询</a>"), Is.Not.Null, "a link without an address");
        Assert.That(Evaluate(rule, "<input type=\"button\" value=\"在线咨询\">"), Is.Not.Null, "a button input");
        Assert.That(Evaluate(rule, "<a href=\"https://zx.example.gov.cn/#/ask\">在线咨询</a>"), Is.Null, "a page address that carries a fragment");
    }

    [Test]
    public void Month_and_day_alone_mark_headlines_as_mainland_lists_print_them()
    {
        var rule = new LinkTextRule(KeywordSet.Of("满意度调查"), Region.Page, PageScope.All, 30, SkipHeadlines: true);

        Assert.That(Evaluate(rule, "<ul><li><a href=\"/n/1\">满意度调查反馈会</a> 11-28</li></ul>"), Is.Null, "11-28 after the headline");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/n/1\">满意度调查反馈会</a><span>(03-17)</span></li></ul>"), Is.Null, "(03-17)");
        Assert.That(Evaluate(rule, "<ul><li><span>[11月28日]</span><a href=\"/n/1\">满意度调查反馈会</a></li></ul>"), Is.Null, "11月28日");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/s\">满意度调查</a> 热线 02-2345-6789</li></ul>"), Is.Not.Null, "a phone number is not a date");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/s\">满意度调查</a> 适用 5-12 岁</li></ul>"), Is.Not.Null, "a range without zero padding is not a date");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/s\">满意度调查</a> 13-45</li></ul>"), Is.Not.Null, "no month 13");
        Assert.That(Evaluate(rule, "<ul><li><a href=\"/s\">满意度调查</a> 10:30-11:45</li></ul>"), Is.Not.Null, "a time range");
    }

    [Test]
    public void English_dates_mark_headlines_too()
    {
        var rule = new LinkTextRule(KeywordSet.Of("Have your say"), Region.Page, PageScope.All, 60, SkipHeadlines: true);

        Assert.That(Evaluate(rule, "<li><a href=\"/n\">Have your say on parking</a> <time>May 1, 2024</time></li>"), Is.Null);
        Assert.That(Evaluate(rule, "<li><a href=\"/n\">Have your say on parking</a> 1 May 2024</li>"), Is.Null);
        Assert.That(Evaluate(rule, "<li><a href=\"/c\">Have your say</a></li>"), Is.Not.Null);
    }

    [TestCase("<a href=\"/fb\"><img src=\"f.png\" title=\"Facebook\"></a>", " > img[title]")]
    [TestCase("<a href=\"/fb\"><svg><title>Facebook</title><path d=\"M0\"/></svg></a>", " > svg > title")]
    [TestCase("<a href=\"/fb\"><svg aria-label=\"Facebook\"></svg></a>", " > svg[aria-label]")]
    [TestCase("<span id=\"l1\">Facebook</span><a href=\"/fb\" aria-labelledby=\"l1\"><i class=\"icon\"></i></a>", "[aria-labelledby]")]
    [TestCase("<button type=\"button\" title=\"Facebook\"><i></i></button>", "[title]")]
    public void Icon_links_are_named_by_image_title_svg_title_and_referenced_labels(string body, string source)
    {
        var evidence = Evaluate(new LinkTextRule(KeywordSet.Of("Facebook"), Region.Page, PageScope.All, 20), body);

        Assert.That(evidence?.Element, Does.EndWith(source));
    }

    [Test]
    public void A_card_link_answers_to_its_title_line_under_max_length()
    {
        var card = "<a href=\"/open\"><span>企业开办（一网通办）</span><p>一网受理、只跑一次、一次办成，全程网上办理不见面</p></a>";
        var rule = new LinkTextRule(KeywordSet.Of("一网通办"), Region.Page, PageScope.All, 20);

        var evidence = Evaluate(rule, card);

        Assert.That(evidence?.Element, Is.EqualTo("a[href=\"/open\"] (first line)"));
        Assert.That(Evaluate(rule, "<a href=\"/n\">新闻：全省推进一网通办改革工作会议在南昌召开，多部门参加</a>"), Is.Null, "one long line is a headline");
    }

    [Test]
    public void A_first_line_cut_mid_phrase_is_not_judged_alone()
    {
        // Round 16: "Register on the<br>Central Supplier Database" is one sentence wrapped by a line break; its first line
        // alone would escape the words that say what the link is about.
        var rule = new LinkTextRule(new KeywordSet(["Register"], ["supplier"]), Region.Page, PageScope.All, 30);

        Assert.That(Evaluate(rule, "<a href=\"/csd\">Register on the<br>Central Supplier Database</a>"), Is.Null, "a wrapped sentence");
        Assert.That(Evaluate(rule, "<a href=\"/csd\">Register for the<br>Central Supplier Database</a>"), Is.Null, "ends on 'the'");
        Assert.That(Evaluate(rule, "<a href=\"/join\"><span>Register</span><br>Suppliers and citizens alike can join</a>")?.Element,
            Is.EqualTo("a[href=\"/join\"] (first line)"), "a title line over a description still answers alone");
    }

    [Test]
    public void A_block_as_big_as_a_page_is_not_a_block()
    {
        var links = string.Concat(Enumerable.Range(0, 81).Select(i => $"<li><a href='/p{i}'>Apply for permit {i}</a></li>"));

        Assert.That(Evaluate(Block(["e-Services"], ["apply~"]), $"<section><h2>e-Services</h2><ul>{links}</ul></section>"), Is.Null, "81 links");
        Assert.That(Evaluate(Block(["e-Services"], ["apply~"]), $"<section><h2>e-Services</h2><ul>{links[..links.LastIndexOf("<li>", StringComparison.Ordinal)]}</ul></section>"), Is.Not.Null, "80 links");
    }

    [Test]
    public void Labels_examined_per_page_are_bounded()
    {
        // Hostile markup: thousands of matching labels would each walk a block. Past 200 on a page, labels are not examined.
        var decoys = string.Concat(Enumerable.Range(0, 200).Select(i => "<div><h3>FAQ</h3><p>No links here.</p></div>"));
        var real = "<div><h3>FAQ</h3><a href='/q1'>Question one</a> <a href='/q2'>Question two</a></div>";

        Assert.That(Evaluate(Block(["FAQ"]), decoys[..^"<div><h3>FAQ</h3><p>No links here.</p></div>".Length] + real), Is.Not.Null, "the 200th label");
        Assert.That(Evaluate(Block(["FAQ"]), decoys + real), Is.Null, "the 201st label");
    }
}
