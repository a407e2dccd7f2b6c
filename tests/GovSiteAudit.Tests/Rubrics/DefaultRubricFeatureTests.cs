using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// Round 4 of issue 11 on the default rubric: the account, chat and identity features as a site author who read only
/// <c>indicators.md</c> would build and name them — in mainland Chinese (政府网站发展指引 columns, provincial 政务服务网 sign-in
/// pages), Taiwanese and English — as links, icon links, script-drawn chat launchers and sign-up forms, each beside the
/// near-miss that shares its words (registering a thing, members of a council, a live broadcast, a staff login).
/// </summary>
public sealed class DefaultRubricFeatureTests
{
    private static readonly Rubric Rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", "crm-egov.yaml"));

    private static bool Found(string indicator, string html) =>
        Detector.Detect(Rubric, Sites.Of($"<html lang=\"zh-CN\"><body>{html}</body></html>")).Single(f => f.IndicatorId == indicator).Found;

    // Chat launchers: controls that open a conversation on the page, named in words or only by an accessible name.
    [TestCase("live_chat", "<div class='kf-float' role='button' tabindex='0' aria-label='在线咨询' onclick='openKf()'><svg aria-hidden='true'></svg><span>咨询</span></div>")]
    [TestCase("live_chat", "<a href='javascript:void(0)' onclick='kf.open()'>在線諮詢</a>")]
    [TestCase("live_chat", "<button type='button' class='float'>客服</button>")]
    [TestCase("live_chat", "<a href='#kefu'><img src='kf.png' alt='人工客服'></a>")]
    [TestCase("live_chat", "<a href='/kf'>人工客服</a>")]
    [TestCase("live_chat", "<a href='/kf'>微信客服</a>")]
    [TestCase("live_chat", "<a href='/kf'>QQ客服</a>")]
    [TestCase("live_chat", "<a href='/kf'>文字客服</a>")]
    [TestCase("live_chat", "<a href='https://line.me/R/ti/p/@example'>LINE 線上諮詢</a>")]
    [TestCase("live_chat", "<button type='button' aria-label=\"Open chat with Max, Lakeland DMV's virtual assistant\" onclick='va.open()'><svg aria-hidden='true'></svg></button>")]
    [TestCase("live_chat", "<div role='button' aria-label='Need help? Start a conversation with our chat assistant'></div>")]
    [TestCase("live_chat", "<a href='/help/chat'>Online customer service</a>")]
    [TestCase("live_chat", "<a href='/im'>Instant messaging</a>")]
    // Personal areas: mainland account-centre words, the bare "Account" icon of a header, a translated 我的E政府.
    [TestCase("member_area", "<a href='/user' title='个人中心'><svg aria-hidden='true'></svg></a>")]
    [TestCase("member_area", "<a href='/user'>我的账号</a>")]
    [TestCase("member_area", "<a href='/user'>账户中心</a>")]
    [TestCase("member_area", "<a href='/user'>帳號中心</a>")]
    [TestCase("member_area", "<a href='/user'>我的主页</a>")]
    [TestCase("member_area", "<a href='/user'>个性化定制</a>")]
    [TestCase("member_area", "<a href='/member'>會員</a>")]
    [TestCase("member_area", "<a href='/account' aria-label='Account'><svg aria-hidden='true'></svg></a>")]
    [TestCase("member_area", "<a href='/my'>My e-Government</a>")]
    [TestCase("member_area", "<a href='/my'>My eGov</a>")]
    [TestCase("member_area", "<a href='/my'>Account settings</a>")]
    // Registration: mainland account words (账 and 帳 are different characters, not two scripts of one), sign-up forms.
    [TestCase("registration", "<a href='/reg'>创建账号</a>")]
    [TestCase("registration", "<a href='/reg'>申请账号</a>")]
    [TestCase("registration", "<a href='/reg'>开通账号</a>")]
    [TestCase("registration", "<a href='/reg'>個人注册</a>")]
    [TestCase("registration", "<a href='/reg'>法人注册</a>")]
    [TestCase("registration", "<form action='/reg' method='post'><input name='mobile'><label>设置密码 <input type='password' name='p1'></label><label>确认密码 <input type='password' name='p2'></label><button type='submit'>提交</button></form>")]
    [TestCase("registration", "<form action='/signup' method='post'><input type='email' name='email'><input type='password' name='password'><input type='password' name='password' placeholder='Re-enter password'><button>Continue</button></form>")]
    [TestCase("registration", "<form action='/signup' method='post'><input type='password' id='pw'><input type='password' id='confirm_password' name='confirm_password'><button>Continue</button></form>")]
    [TestCase("registration", "<a href='/signup'>Set up an account</a>")]
    [TestCase("registration", "<a href='https://secure.login.gov/sign_up/enter_email'>Create a Login.gov account</a>")]
    [TestCase("registration", "<header><a href='/login'>Log in</a> <button type='button' onclick='location.href=\"/join\"'>Sign up</button></header>")]
    // Government identity: mainland legal-person and national credentials, English names of Taiwan's and other eIDs.
    [TestCase("digital_identity", "<a href='/login#yyzz'>电子营业执照登录</a>")]
    [TestCase("digital_identity", "<a href='/login#ca'>法人一证通登录</a>")]
    [TestCase("digital_identity", "<a href='/login#wh'>国家网络身份认证</a>")]
    [TestCase("digital_identity", "<a href='/login#ca'>憑證登入</a>")]
    [TestCase("digital_identity", "<a href='/sso'>單一登入</a>")]
    [TestCase("digital_identity", "<a href='/id'>數位身份</a>")]
    [TestCase("digital_identity", "<a href='/moica'>Citizen Digital Certificate</a>")]
    [TestCase("digital_identity", "<a href='/sso'>Single sign-on</a>")]
    [TestCase("digital_identity", "<a href='/sic'>Sign-In Canada</a>")]
    [TestCase("digital_identity", "<a href='/id'>Log in with ID Austria</a>")]
    // Login: mainland sign-in words beyond the bare 登录.
    [TestCase("login", "<a href='/login'>扫码登录</a>")]
    [TestCase("login", "<a href='/login'>账号密码登录</a>")]
    [TestCase("login", "<a href='/login'>统一登录</a>")]
    // Round 5: sign-in panels and tooltip-only icons as built on a provincial 政务服务网 and a Taiwanese county portal.
    [TestCase("digital_identity", "<div id='lp' hidden><h3>东岭省统一身份认证平台</h3><div role='tablist'><button type='button' role='tab'>个人登录</button><button type='button' role='tab'>法人登录</button></div><form><input name='a'><input type='password' name='p'><button type='submit'>登录</button></form></div>")]
    [TestCase("digital_identity", "<section><h2>統一身分認證</h2><a href='/login'>會員登入</a> <a href='/join'>加入會員</a></section>")]
    [TestCase("digital_identity", "<button type='button' class='ico' aria-label='电子社保卡扫码登录'></button>")]
    [TestCase("digital_identity", "<a href='/login#sbk'>社保卡登录</a>")]
    [TestCase("digital_identity", "<button type='button' role='tab'><img src='fido.svg' alt='TW FidO'></button>")]
    [TestCase("member_area", "<a href='/member' class='ico' data-tip='會員專區'><img src='user.svg' alt=''></a>")]
    [TestCase("member_area", "<a href='/uc' data-bs-original-title='用户中心'><i class='icon-user'></i></a>")]
    [TestCase("registration", "<form action='/login' method='post'><input name='u'><input type='password' name='p'><button type='submit'>登入</button><button type='button' onclick=\"location.href='join.html'\">加入會員</button></form>")]
    public void Round_5_feature_is_found(string indicator, string html)
    {
        Assert.That(Found(indicator, html), Is.True);
    }

    [TestCase("digital_identity", "<div><h3>统一身份认证平台使用指南</h3><ul><li><a href='/g1'>个人用户登录操作说明</a></li><li><a href='/g2'>法人用户登录常见问题</a></li></ul></div>", "a heading over guides")]
    [TestCase("digital_identity", "<div><h3>统一身份认证平台</h3><ul><li><a href='/n1'>平台简介</a></li><li><a href='/n2'>接入单位</a></li></ul></div>", "the platform named over pages with no sign-in")]
    [TestCase("digital_identity", "<a href='/sbk'>电子社保卡申领指南</a>", "applying for the card, not signing in with it")]
    [TestCase("digital_identity", "<button type='button' class='ico' aria-label='支付宝登录'></button><button type='button' class='ico' aria-label='微信登录'></button>", "commercial sign-in, not a government identity")]
    [TestCase("digital_identity", "<a href='/hz'>國民身分證換發</a>", "an identity-card service at the counter, not sign-in")]
    [TestCase("member_area", "<a href='/zone' data-tip='縣民專區'><img src='i.svg' alt=''></a>", "an information section for residents")]
    [TestCase("member_area", "<ul><li><a href='/z1'>新住民專區</a></li><li><a href='/z2'>青年專區</a></li></ul>", "information sections for groups of residents")]
    [TestCase("member_area", "<a href='/member' data-track='會員專區'><img src='user.svg' alt=''></a>", "an analytics attribute, not a tooltip a citizen sees")]
    [TestCase("member_area", "<div class='tabs'><a href='/gr'>个人办事</a> <a href='/fr'>法人办事</a></div>", "service categories for people and firms")]
    [TestCase("registration", "<a href='/pet'>寵物登記</a>", "registering a pet")]
    [TestCase("registration", "<form action='/epaper'><input type='email' name='mail'><button type='submit'>訂閱</button></form>", "an e-newsletter subscription")]
    [TestCase("login", "<a href='https://ep.example.gov.tw/'>員工入口網</a>", "a staff portal")]
    public void Round_5_near_miss_is_not_found(string indicator, string html, string why)
    {
        Assert.That(Found(indicator, html), Is.False, why);
    }

    // Mainland portal columns of other indicators (政府网站发展指引, 政务服务网).
    [TestCase("online_payment", "<a href='/zf'>统一公共支付平台</a>")]
    [TestCase("online_payment", "<a href='/zf'>公共支付平台</a>")]
    [TestCase("online_booking", "<a href='/yy'>预约办理</a>")]
    [TestCase("online_booking", "<a href='/yy'>办事预约</a>")]
    [TestCase("online_booking", "<a href='/yy'>预约取号</a>")]
    [TestCase("live_chat", "<a href='/lt'>在线聊天</a>")]
    [TestCase("live_chat", "<a href='/kf'>转人工坐席</a>")]
    [TestCase("live_chat", "<a href='/kf'>AI 客服</a>")]
    [TestCase("live_chat", "<a href='/kf'>QQ 在线咨询</a>")]
    [TestCase("live_chat", "<a href='/kf'>网上客服</a>")]
    [TestCase("live_chat", "<a href='/kf'>Chat support</a>")]
    [TestCase("live_chat", "<a href='/kf'>Live support</a>")]
    [TestCase("member_area", "<nav class='tabbar'><a href='/'>首页</a><a href='/bs'>办事</a><a href='/me'>我的</a></nav>")]
    [TestCase("member_area", "<a href='/me'>我的办事</a>")]
    [TestCase("member_area", "<a href='/me'>用户空间</a>")]
    [TestCase("member_area", "<a href='/me'>Personal area</a>")]
    [TestCase("member_area", "<a href='/me'>Member area</a>")]
    [TestCase("login", "<a href='/login'>登录 / 注册</a>")]
    [TestCase("registration", "<form action='/join' method='post'><input type='email' name='email'><input type='password' name='pw'><button type='submit'>Create account</button></form>")]
    [TestCase("registration", "<form action='/reg' method='post'><input name='u'><input type='password' name='pw'><input type='submit' value='立即注册'></form>")]
    [TestCase("digital_identity", "<a href='/login#ca'>数字证书登录</a>")]
    [TestCase("digital_identity", "<a href='https://tyrz.example.gov.cn/login'><img src='id.png' alt=''></a>")]
    [TestCase("registration", "<a href='/join'>會員申請</a>")]
    [TestCase("registration", "<a href='/join'>成為會員</a>")]
    [TestCase("member_area", "<a href='/me'>我的頁面</a>")]
    [TestCase("survey", "<a href='/s'>Rate your visit</a>")]
    [TestCase("survey", "<a href='/s'>Rate your experience</a>")]
    [TestCase("survey", "<a href='/s'>How did we do?</a>")]
    public void Feature_is_found(string indicator, string html)
    {
        Assert.That(Found(indicator, html), Is.True);
    }

    // Mainland portal columns (政府网站发展指引: 政务公开, 政务服务, 互动交流) and common 政务服务网 words, in Simplified script.
    [TestCase("sitemap", "<a href='/map'>站点地图</a>")]
    [TestCase("sitemap", "<a href='/map'>网站导航</a>")]
    [TestCase("accessibility", "<a href='/wza'>无障碍浏览</a>")]
    [TestCase("accessibility", "<a href='/wza'>无障碍服务</a>")]
    [TestCase("faq", "<a href='/q'>常见问题解答</a>")]
    [TestCase("faq", "<a href='/q'>热点问答</a>")]
    [TestCase("forms_download", "<a href='/bg'>表格下载</a>")]
    [TestCase("forms_download", "<a href='/xz'>下载中心</a>")]
    [TestCase("forms_download", "<a href='/xz'>资料下载</a>")]
    [TestCase("news", "<a href='/n'>政务要闻</a>")]
    [TestCase("news", "<a href='/n'>通知公告</a>")]
    [TestCase("news", "<a href='/n'>新闻发布</a>")]
    [TestCase("news", "<a href='/n'>部门动态</a>")]
    [TestCase("open_data", "<a href='/gk'>政务公开</a>")]
    [TestCase("open_data", "<a href='/gk'>信息公开</a>")]
    [TestCase("open_data", "<a href='/gk'>依申请公开</a>")]
    [TestCase("open_data", "<a href='/gk'>政府信息公开指南</a>")]
    [TestCase("open_data", "<a href='/sj'>公共数据开放</a>")]
    [TestCase("open_data", "<a href='/sj'>数据开放</a>")]
    [TestCase("service_directory", "<a href='/zn'>办事指南</a>")]
    [TestCase("service_directory", "<a href='/bm'>便民服务</a>")]
    [TestCase("email_contact", "<a href='/xx'>领导信箱</a>")]
    [TestCase("email_contact", "<a href='/xx'>书记信箱</a>")]
    [TestCase("email_contact", "<a href='/xx'>区长信箱</a>")]
    [TestCase("email_contact", "<a href='/xx'>我要写信</a>")]
    [TestCase("email_contact", "<a href='/xx'>咨询投诉</a>")]
    [TestCase("phone_contact", "<footer><p>联系电话：0396-5021234</p></footer>")]
    [TestCase("phone_contact", "<footer><p>咨询电话：(0371)65501234</p></footer>")]
    [TestCase("message_board", "<a href='/ly'>网上留言</a>")]
    [TestCase("message_board", "<a href='/ly'>留言选登</a>")]
    [TestCase("newsletter", "<a href='/dy'>信息订阅</a>")]
    [TestCase("newsletter", "<a href='/dy'>邮件订阅</a>")]
    [TestCase("newsletter", "<a href='/rss'>RSS订阅</a>")]
    [TestCase("survey", "<a href='/zj'>意见征集</a>")]
    [TestCase("survey", "<a href='/zj'>民意征集</a>")]
    [TestCase("survey", "<a href='/zj'>征求意见</a>")]
    [TestCase("survey", "<a href='/dc'>问卷调查</a>")]
    [TestCase("survey", "<a href='/dc'>满意度调查</a>")]
    [TestCase("survey", "<a href='/hcp'>好差评</a>")]
    [TestCase("font_size_control", "<p>【字号：<a href='javascript:doZoom(18)'>大</a> <a href='javascript:doZoom(15)'>中</a> <a href='javascript:doZoom(13)'>小</a>】</p>")]
    [TestCase("online_application", "<a href='/bs'>网上办事</a>")]
    [TestCase("online_application", "<a href='/bs'>在线办理</a>")]
    [TestCase("online_application", "<a href='/bs'>网上办事大厅</a>")]
    [TestCase("online_application", "<a href='/bs'>一网通办</a>")]
    [TestCase("online_application", "<a href='/bs'>在线申报</a>")]
    [TestCase("online_application", "<a href='/bs'>网上申报</a>")]
    [TestCase("online_application", "<a href='/bs'>我要办</a>")]
    [TestCase("case_tracking", "<a href='/cx'>办件查询</a>")]
    [TestCase("case_tracking", "<a href='/cx'>办理进度查询</a>")]
    [TestCase("privacy_policy", "<a href='/ys'>隐私政策</a>")]
    [TestCase("privacy_policy", "<a href='/ys'>隐私声明</a>")]
    [TestCase("privacy_policy", "<a href='/ys'>隐私保护</a>")]
    [TestCase("privacy_policy", "<a href='/ys'>个人信息保护政策</a>")]
    [TestCase("phone_contact", "<footer><p>咨询热线：400-800-1234</p></footer>")]
    [TestCase("phone_contact", "<footer><p>电话：+86 10 6512 3456</p></footer>")]
    [TestCase("site_search", "<div class='search'><input type='text' id='keyword' placeholder='请输入关键字'><a href='javascript:;' onclick='doSearch()'>搜索</a></div>")]
    [TestCase("language_switch", "<a href='http://fanti.example.gov.cn/'>繁體</a>")]
    [TestCase("language_switch", "<a href='/en/'>EN</a>")]
    [TestCase("breadcrumb", "<div class='pos'>您现在的位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div>")]
    [TestCase("social_media", "<a href='https://www.douyin.com/user/MS4wLjABAAAA'><img src='dy.png' alt='抖音'></a>")]
    [TestCase("social_media", "<a href='https://www.kuaishou.com/profile/3xabc'><img src='k.png' alt='快手'></a>")]
    [TestCase("social_media", "<a href='https://www.toutiao.com/c/user/token/MS4wLj/'><img src='t.png' alt=''></a>")]
    [TestCase("survey", "<a href='/pj'>在线评议</a>")]
    [TestCase("online_application", "<a href='/bs'>我要办事</a>")]
    [TestCase("online_application", "<a href='/bs'>网上办理</a>")]
    [TestCase("online_application", "<a href='/bs'>在线申请</a>")]
    public void Mainland_portal_column_is_found(string indicator, string html)
    {
        Assert.That(Found(indicator, html), Is.True);
    }

    [TestCase("live_chat", "<a href='/hdjl/zx'>在线咨询</a>", "a link to the written-consultation column (email_contact), not a chat")]
    [TestCase("live_chat", "<button type='button'>客服电话</button>", "a phone number behind a button")]
    [TestCase("live_chat", "<li><a href='#'>諮詢類</a><ul><li><a href='/a'>法律諮詢</a></li></ul></li>", "a menu heading on # naming consultation topics (real pages 04, 23)")]
    [TestCase("live_chat", "<a href='javascript:;'>業務諮詢一覽表</a>", "a list of consultation desks (real page 22)")]
    [TestCase("live_chat", "<a href='#'>客服中心</a>", "a service centre, not a chat")]
    [TestCase("live_chat", "<a href='/qq'>QQ群号公布</a>", "a group number, not a consultation channel")]
    [TestCase("live_chat", "<a href='/live'>Watch live: Commission meeting</a>", "a live broadcast")]
    [TestCase("live_chat", "<ul><li><a href='/news/1'>Chat with the Director: recap of the rural town hall</a> <span>November 20, 2026</span></li></ul>", "a news entry about a chat")]
    [TestCase("live_chat", "<button type='button' aria-label='Share this page on WhatsApp chat'></button>", "a share button")]
    [TestCase("live_chat", "<a href='/live'>视频直播</a>", "a broadcast")]
    [TestCase("member_area", "<a href='/council'>Council members</a>", "members of a council")]
    [TestCase("member_area", "<a href='/council'>委员会组成人员</a>", "members of a committee")]
    [TestCase("member_area", "<a href='/org'>会员单位</a>", "member organisations")]
    [TestCase("member_area", "<a href='/fin'>Accounts</a>", "financial accounts")]
    [TestCase("member_area", "<a href='/me'>我的家乡</a>", "a 'my hometown' column")]
    [TestCase("member_area", "<a href='/area'>What's in my area</a>", "a place finder")]
    [TestCase("registration", "<form action='/login' method='post'><input name='u'><input type='password' name='pw'><button type='submit'>Log in or register</button></form>", "a login form whose button also names registering")]
    [TestCase("login", "<a href='/reg'>注册登记</a>", "registration of things, not a login")]
    [TestCase("registration", "<a href='/g'>公會會員申請</a>", "joining a trade association")]
    [TestCase("digital_identity", "<a href='https://tyrz-help.example.com/'><img src='id.png' alt=''></a>", "not a gov.cn identity host")]
    [TestCase("member_area", "<a href='/fin'>Statement of accounts</a>", "financial statements")]
    [TestCase("registration", "<a href='/zwfw'>商事主体注册登记</a>", "registering a business")]
    [TestCase("registration", "<a href='/news/3'>注册安全工程师继续教育培训班</a>", "a professional title (registered engineer)")]
    [TestCase("registration", "<a href='/zwfw'>注册会计师考试报名</a>", "a CPA examination")]
    [TestCase("registration", "<a href='/dmv'>Registration fees and plates</a>", "vehicle registration")]
    [TestCase("registration", "<form action='/pw' method='post'><label>新密码 <input type='password'></label><label>确认新密码 <input type='password'></label><button>修改</button></form>", "changing one's password")]
    [TestCase("registration", "<form action='/alerts'><input type='email' name='email'><button type='submit'>Sign up</button></form><a href='/login'>Log in</a>", "an e-mail alerts form's button")]
    [TestCase("login", "<a href='http://oa.example.gov.cn/'>内部办公系统登录</a>", "a staff office system")]
    [TestCase("login", "<a href='http://mail.example.gov.cn/'>邮箱登录</a>", "staff webmail")]
    [TestCase("login", "<a href='/oa'>OA登录</a>", "a staff office system")]
    [TestCase("login", "<a href='/cllr'>Councillor login</a>", "councillors' system")]
    [TestCase("digital_identity", "<a href='/sso'>Staff single sign-on</a>", "a staff system")]
    [TestCase("digital_identity", "<a href='/yyzz'>电子营业执照申领指南</a>", "a guide to applying for the licence, not signing in")]
    [TestCase("online_payment", "<a href='/zf'>支付方式说明</a>", "how to pay")]
    [TestCase("online_booking", "<a href='/yy'>预约须知</a>", "booking rules")]
    [TestCase("survey", "<a href='/s'>Rate caps and fees</a>", "rates, not rating")]
    [TestCase("social_media", "<a href='https://www.toutiao.com/article/7300000000000000000/'>新闻</a>", "one article on a news platform, not an account")]
    public void Near_miss_is_not_found(string indicator, string html, string why)
    {
        Assert.That(Found(indicator, html), Is.False, why);
    }
}
