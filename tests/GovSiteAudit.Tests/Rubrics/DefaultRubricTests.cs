using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// The shipped default rubric: the indicators the research requires, under the right dimensions, and rules that
/// tell a feature from its near-misses in Traditional Chinese, Simplified Chinese and English.
/// </summary>
public sealed class DefaultRubricTests
{
    private static readonly Rubric Rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", "crm-egov.yaml"));

    /// <summary>The dimension and indicator ids of <c>shared/indicators.md</c>.</summary>
    private static readonly (string Dimension, string[] Indicators)[] Required =
    [
        ("usability", ["sitemap", "mobile_viewport", "accessibility", "language_switch"]),
        ("self_service", ["faq", "site_search", "forms_download", "news", "open_data"]),
        ("interactivity", ["email_contact", "phone_contact", "message_board", "social_media", "newsletter", "survey", "live_chat"]),
        ("customization", ["member_area", "font_size_control", "persistent_preferences"]),
        ("transactions", ["online_application", "online_payment", "case_tracking"]),
        ("support", ["login", "registration", "digital_identity"]),
        ("security", ["https", "https_redirect", "hsts", "privacy_policy", "security_policy", "cookie_notice"]),
    ];

    [Test]
    public void Every_required_indicator_is_under_its_dimension_and_every_indicator_is_described()
    {
        var placed = Rubric.AllIndicators.ToDictionary(x => x.Indicator.Id, x => x.Dimension.Id);
        foreach (var (dimension, indicators) in Required)
        {
            foreach (var indicator in indicators)
            {
                Assert.That(placed.GetValueOrDefault(indicator), Is.EqualTo(dimension), indicator);
            }
        }

        Assert.That(Rubric.AllIndicators.Where(x => string.IsNullOrWhiteSpace(x.Indicator.Description)).Select(x => x.Indicator.Id), Is.Empty);
    }

    private static bool Found(string indicator, string html) =>
        Detector.Detect(Rubric, Sites.Of($"<html lang=\"zh-Hant\"><body>{html}</body></html>")).Single(f => f.IndicatorId == indicator).Found;

    [TestCase("faq", "<a href='/faq'>常見問答</a>")]
    [TestCase("faq", "<a href='/faq'>常见问题</a>")]
    [TestCase("faq", "<a href='/faq'><img src='q.png' alt='FAQ'></a>")]
    [TestCase("site_search", "<form action='/search'><input type='text' name='q' placeholder='請輸入關鍵字'><button>搜尋</button></form>")]
    [TestCase("login", "<a href='/login'>會員登入</a>")]
    [TestCase("login", "<a href='/login' aria-label='Sign in'><svg></svg></a>")]
    [TestCase("phone_contact", "<footer><p>Town Office: (802) 555-0100</p></footer>")]
    [TestCase("phone_contact", "<footer><p>臺中市政府 (04)2228-9111</p></footer>")]
    [TestCase("phone_contact", "<footer><p>联系电话：0534-2628110</p></footer>")]
    [TestCase("language_switch", "<nav><a href='/mi'>Te Reo Māori</a></nav>")]
    [TestCase("language_switch", "<a href='/es/' lang='es'>Ayuda en tu idioma</a>")]
    [TestCase("member_area", "<a href='/account'>Log in to MyTransport</a>")]
    [TestCase("member_area", "<a href='/mhb'>健康存摺　My Health Bank</a>")]
    [TestCase("member_area", "<a href='/u'>个人空间</a>")]
    [TestCase("online_application", "<a href='/rego'>Renew vehicle registration online</a>")]
    [TestCase("online_application", "<a href='/sf'>Log in to student finance</a>")]
    [TestCase("online_application", "<a href='/bs'>一网通办</a>")]
    [TestCase("newsletter", "<h3>Sign Up to Receive Email Updates</h3><form action='https://connect.example.gov/subscribe'><input type='email' name='email'><button>Sign Up</button></form>")]
    [TestCase("newsletter", "<form><label for='e'>Enter your email</label><input id='e' type='email'><button type='submit'>Sign up</button></form>")]
    [TestCase("email_contact", "<a href='/box'>鄉長信箱</a>")]
    [TestCase("email_contact", "<a href='/ts'>我要投诉</a>")]
    [TestCase("registration", "<a href='/signin'>Sign in</a> <a href='/signup'>Sign up</a>")]
    [TestCase("social_media", "<a href='/wx'>政务微信</a>")]
    [TestCase("news", "<a href='/yw'>政务要闻</a>")]
    [TestCase("open_data", "<a href='/gk'>政务公开</a>")]
    [TestCase("open_data", "<a href='/foi'>FOI</a>")]
    [TestCase("survey", "<a href='/q'>填寫問卷</a>")]
    [TestCase("digital_identity", "<a href='/sso'>统一身份认证</a>")]
    [TestCase("privacy_policy", "<a href='/p'>私隱政策</a>")]
    [TestCase("digital_identity", "<form action='/login'><label><input type='radio' name='m' value='pw'>帳號密碼</label><label><input type='radio' name='m' value='moica'>自然人憑證</label><input type='password'><button>登入</button></form>")]
    [TestCase("case_tracking", "<a href='/ircc/app'>My application</a>")]
    // Issue 11: one keyword list for both scripts, gaps, word forms, features without words, labelled blocks.
    [TestCase("faq", "<a href='/faq'>常见问答</a>")]
    [TestCase("faq", "<a href='/faq'>常見稅務問題</a>")]
    [TestCase("faq", "<a href='/faq'>Frequently Asked Questions (FAQ’s)</a>")]
    [TestCase("forms_download", "<a href='/dl'>檔案下載</a>")]
    [TestCase("forms_download", "<a href='/ff'>Find an Insurance Form</a>")]
    [TestCase("open_data", "<footer><a href='/od'>政府網站資料開放宣告</a></footer>")]
    [TestCase("open_data", "<a href='/pd'>Public Disclosure</a>")]
    [TestCase("security_policy", "<footer><a href='/s'>資訊安全與個資保護政策</a></footer>")]
    [TestCase("security_policy", "<footer><a href='/s'>Security &amp; Privacy</a></footer>")]
    [TestCase("security_policy", "<footer><ul><li><a href='/security'>Security</a></li></ul></footer>")]
    [TestCase("social_media", "<a href='https://www.facebook.com/TaichungCityGov'><img src='fb.png'></a>")]
    [TestCase("social_media", "<iframe src='https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FNIAinTW'></iframe>")]
    [TestCase("social_media", "<a href='#'><img src='f.png' alt='摘星計畫fb'></a>")]
    [TestCase("newsletter", "<a href='/rss.xml'><img src='rss.png'></a>")]
    [TestCase("newsletter", "<a href='/alerts'>Get email alerts</a>")]
    [TestCase("font_size_control", "<a href='#' onclick=\"setActiveStyleSheet('Large Text', 1);return false;\"><img src='lg.gif'></a>")]
    [TestCase("online_application", "<section><h2>便民服務</h2><ul><li><a href='/r'>會議室租借</a></li><li><a href='/v'>展示館參訪申請</a></li></ul></section>")]
    [TestCase("online_application", "<div><h2>政务服务</h2><ul><li><a href='/p'>个人服务</a></li><li><a href='/c'>法人服务</a></li></ul></div>")]
    [TestCase("online_application", "<a href='http://yc.jxzwfww.gov.cn/'><img src='zwfw.jpg'></a>")]
    [TestCase("online_application", "<a href='/app'>警察刑事紀錄證明申辦</a>")]
    [TestCase("online_payment", "<a href='/pay'>保險費繳納</a>")]
    [TestCase("online_payment", "<a href='/pay'><div><h3>行政缴费</h3></div></a>")]
    [TestCase("live_chat", "<a href='http://wpa.qq.com/msgrd?v=3&uin=1'>QQ及时咨询</a>")]
    [TestCase("live_chat", "<a href='#'>地稅小幫手</a>")]
    [TestCase("member_area", "<a href='/u/userCenter/'>用户中心</a>")]
    [TestCase("case_tracking", "<a href='https://www.disasterassistance.gov/'>Check Your Disaster Application</a>")]
    [TestCase("message_board", "<ul><li><a href='#'>意見交流</a><ul><li><a href='/c'>聯絡我們</a></li><li><a href='/forum'>標準檢驗論壇</a></li></ul></li></ul>")]
    [TestCase("language_switch", "<a href='/es/'>Español</a>")]
    public void Feature_is_found(string indicator, string html)
    {
        Assert.That(Found(indicator, html), Is.True);
    }

    [TestCase("faq", "<main><p>本所於今日起更新常見問答內容，歡迎民眾上網查詢相關資訊並多加利用。</p></main>", "FAQ in prose")]
    [TestCase("faq", "<a href='/n/1'>本府今日公布新版常見問答集，並同步更新線上申辦系統說明</a>", "a news headline")]
    [TestCase("site_search", "<form><input type='email' name='email' placeholder='訂閱電子報'><button>訂閱</button></form>", "newsletter box")]
    [TestCase("site_search", "<h2>Search and rescue</h2><a href='/sar'>Search and Rescue</a>", "search and rescue")]
    [TestCase("login", "<p>新聞稿：本署說明非本人申請門號之登入方式，請民眾多加留意。</p>", "登入 in a press release")]
    [TestCase("phone_contact", "<form><label>Mobile phone number</label><input type='tel'><small>Ex: 555-555-0123. Standard text messaging rates apply.</small></form>", "an example in an SMS sign-up")]
    [TestCase("member_area", "<a href='/vote'>Find My State or Local Election Office</a>", "'My' inside a phrase")]
    [TestCase("member_area", "<a href='/sf'>Log in to student finance</a>", "a login to a service, not a personal area")]
    [TestCase("online_payment", "<a href='/fed'>Pay and Benefits for Federal Employees</a>", "pay as in salary")]
    [TestCase("registration", "<form action='/subscribe'><input type='email'><button>Sign Up</button></form>", "an e-mail updates button")]
    [TestCase("email_contact", "<a href='/mail'>公務信箱登入</a>", "staff webmail")]
    [TestCase("language_switch", "<a href='/ol'>Official Languages</a>", "a policy topic")]
    [TestCase("online_application", "<a href='/how'>How to apply for a passport online</a>", "a how-to guide")]
    [TestCase("digital_identity", "<p>民眾可使用自然人憑證線上報稅，詳情請見本局公告。</p>", "an identity named in prose")]
    [TestCase("login", "<a href='/chem'>化學物質登錄</a>", "registering a chemical (登錄) is not signing in (登录)")]
    [TestCase("registration", "<a href='/tm'>商標註冊</a>", "registering a trademark is not creating an account")]
    [TestCase("registration", "<a href='/pet'>寵物登記與註冊</a>", "registering a pet")]
    [TestCase("registration", "<a href='/car'>Vehicle registration</a>", "registering a vehicle")]
    [TestCase("accessibility", "<a href='/trip'>無障礙旅遊</a>", "accessible travel, not web accessibility")]
    [TestCase("accessibility", "<a href='/bldg'>Accessibility of our buildings</a>", "accessible buildings")]
    [TestCase("survey", "<ul><li><span>2024-05-01</span> <a href='/n/1'>本府辦理市民滿意度調查</a></li></ul>", "a survey in a dated news entry")]
    [TestCase("survey", "<a href='/cwhs'>California Women's Health Survey</a>", "a statistical survey programme")]
    [TestCase("social_media", "<a href='https://www.facebook.com/sharer/sharer.php?u=x'><img src='fb.png' alt='分享到Facebook'></a>", "a share button")]
    [TestCase("social_media", "<a href='javascript:void(0);'>政务微信</a>", "a WeChat QR pop-up")]
    [TestCase("social_media", "<img src='qr.png' alt='官方LINE QR Code'>", "a QR image without a link")]
    [TestCase("message_board", "<a href='/f'>2024智慧城市論壇報名</a>", "a conference called 論壇")]
    [TestCase("forms_download", "<a href='/contact#form'>Online enquiry form</a>", "a form to fill in online")]
    [TestCase("language_switch", "<a href='/el'>English Learners</a>", "language learners")]
    [TestCase("language_switch", "<a href='/ml'>Multilingual Documents</a>", "translated documents")]
    [TestCase("online_payment", "<a href='/bp'>Benefit payments</a>", "payments received, not paid")]
    [TestCase("newsletter", "<a href='/feedback'>Feedback</a>", "feedback is not a feed")]
    public void Near_miss_is_not_found(string indicator, string html, string why)
    {
        Assert.That(Found(indicator, html), Is.False, why);
    }
}
