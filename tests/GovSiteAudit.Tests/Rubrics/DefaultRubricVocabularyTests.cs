using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// Round 2 of issue 11 on the default rubric: vocabulary agencies use across Taiwan, mainland China and English-speaking
/// countries, features recognised by address, and the near-miss beside each. Every rule added has a case that finds it
/// and a case that must not.
/// </summary>
public sealed class DefaultRubricVocabularyTests
{
    private static readonly Rubric Rubric = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", "crm-egov.yaml"));

    private static bool Found(string indicator, string html) =>
        Detector.Detect(Rubric, Sites.Of($"<html lang=\"zh-Hant\"><body>{html}</body></html>")).Single(f => f.IndicatorId == indicator).Found;

    // Message boards: any short 留言 link, a board by its platform's address, a bare 論壇 under an interaction heading.
    [TestCase("message_board", "<a href='/ly'>个人留言</a>")]
    [TestCase("message_board", "<a href='/ly'>領導留言板</a>")]
    [TestCase("message_board", "<a href='http://liuyan.people.com.cn/threads/list?fid=539'><img src='ly.png'></a>")]
    [TestCase("message_board", "<nav><ul><li><a href='#'>互动交流</a><ul><li><a href='/x'>领导信箱</a></li><li><a href='/bbs'>市民论坛</a></li></ul></li></ul></nav>")]
    // Consultations and surveys: 民調, 征集 columns, ratings of services, platforms and survey tools by address.
    [TestCase("survey", "<a href='/poll'>網路民調</a>")]
    [TestCase("survey", "<a href='/yjzj'>意见征集</a>")]
    [TestCase("survey", "<a href='/dczj'>调查征集</a>")]
    [TestCase("survey", "<a href='/hcp'>政务服务好差评</a>")]
    [TestCase("survey", "<button type='button'>草案預告同步刊登 join 平臺「眾開講」徵集民眾意見</button>")]
    [TestCase("survey", "<a href='https://www.surveymonkey.com/r/ABC123'>Tell us how we did</a>")]
    [TestCase("survey", "<a href='https://consult.example.gov.uk/planning/local-plan'>Local plan</a>")]
    [TestCase("survey", "<a href='https://www.mygov.in/mygov-survey/desh-ke-utsav/'>Desh Ke Utsav Survey</a>")]
    // Live chat: a bare "Chat" control, mainland chatbot names.
    [TestCase("live_chat", "<button type='button'>Chat</button>")]
    [TestCase("live_chat", "<a href='/robot'>智能咨询</a>")]
    // Online application: mainland service channels and halls, Taiwanese booking and filing, English task verbs.
    [TestCase("online_application", "<nav><a href='/zwfw/'>政务服务</a></nav>")]
    [TestCase("online_application", "<a href='https://zwdt.sh.gov.cn/govPortals/'><img src='ywtb.png'></a>")]
    [TestCase("online_application", "<a href='/ysqgk/'>依申请公开</a>")]
    [TestCase("online_application", "<a href='#'>場地查詢及預約</a>")]
    [TestCase("online_application", "<a href='#'>活動報名</a>")]
    [TestCase("online_application", "<a href='#'>檔案調閱</a>")]
    [TestCase("online_application", "<a href='#'>電子訴訟(線上起訴)</a>")]
    [TestCase("online_application", "<a href='#'>服務E櫃台</a>")]
    [TestCase("online_application", "<a href='https://report.example.gov.uk'>Report a problem Street, park, or service issue</a>")]
    [TestCase("online_application", "<a href='#'>Make a Complaint</a>")]
    [TestCase("online_application", "<a href='/tip'>Submit Internet Tip</a>")]
    [TestCase("online_application", "<a href='https://services.india.gov.in/'>Services</a>")]
    [TestCase("online_application", "<a href='https://www.tax.service.gov.uk/account'>Personal tax</a>")]
    [TestCase("online_application", "<a href='https://zjzwfw.gov.cn/'>浙里办</a>")]
    [TestCase("online_application", "<a href='https://seeclickfix.com/web_portal/abc/report'>Report an issue</a>")]
    [TestCase("online_payment", "<nav><a href='/pay'>Payments</a></nav>")]
    [TestCase("open_data", "<a href='/records'>Public Records Requests</a>")]
    [TestCase("member_area", "<a href='/portal'>Resident Portal</a>")]
    // Personal areas: 我的… pages of a member panel, "My <account noun>", the named E-gov badge, council self-service.
    [TestCase("member_area", "<a href='#'>我的關注</a>")]
    [TestCase("member_area", "<a href='/tax'>My Tax Account</a>")]
    [TestCase("member_area", "<a href='/mhb'>健康存摺 My Health Bank</a>")]
    [TestCase("member_area", "<a href=' http://www.gov.tw/ ' title='E-gov'><img src='egov.png' alt='E-gov'></a>")]
    [TestCase("member_area", "<a href='https://council-self.achieveservice.com/'>My Council</a>")]
    // Digital identity: Taiwan's MyEGOV sign-on and the UK's Government Gateway.
    [TestCase("digital_identity", "<a href='#'>以MyEGOV帳號登入</a>")]
    [TestCase("digital_identity", "<a href='/gg'>Sign in with Government Gateway</a>")]
    // E-mail: a plain-text address in a footer. Phone: a short service number with the word that says to call it.
    [TestCase("email_contact", "<footer><p>電子信箱：ego@gazette.nat.gov.tw</p></footer>")]
    [TestCase("email_contact", "<footer><p>邮箱：bgs@example.gov.cn</p></footer>")]
    [TestCase("phone_contact", "<p>If you cannot get your status online, call 311.</p>")]
    [TestCase("phone_contact", "<footer>12345政务服务便民热线</footer>")]
    // Cookie notices: a banner's words or consent control.
    [TestCase("cookie_notice", "<div class='banner'><p>We use some essential cookies to make this service work.</p></div>")]
    [TestCase("cookie_notice", "<button>Cookie settings</button>")]
    // Text size: a "Text size" control that acts on the page.
    [TestCase("font_size_control", "<button type='button'>Text size</button>")]
    [TestCase("font_size_control", "<a href='#' onclick='resize()'>Font size</a>")]
    // Smaller classes: case registers, policy Q&A, privacy charters, the other script, request-based disclosure, alerts.
    [TestCase("case_tracking", "<a href='/planning'>🔍 Planning applications Search and track</a>")]
    [TestCase("case_tracking", "<a href='/bj'>办件公示</a>")]
    [TestCase("faq", "<a href='/wd'>国务院政策问答平台</a>")]
    [TestCase("privacy_policy", "<a href='/pic'>Personal information charter</a>")]
    [TestCase("language_switch", "<a href='http://big5.example.gov.cn/'>繁体</a>")]
    [TestCase("open_data", "<a href='/ysqgk/'>依申请公开</a>")]
    [TestCase("newsletter", "<a href='/notify'>Sign up for City Hall news</a>")]
    [TestCase("news", "<a href='/bmdt'>部门动态</a>")]
    public void Feature_is_found(string indicator, string html)
    {
        Assert.That(Found(indicator, html), Is.True);
    }

    [TestCase("message_board", "<a href='/rule'>留言須知</a>", "rules for leaving a message")]
    [TestCase("message_board", "<ul><li><a href='#'>訓練資訊</a><ul><li><a href='/p'>年度訓練實施計畫</a></li><li><a href='/f'>標竿論壇</a></li></ul></li></ul>", "a lecture series called 論壇 outside an interaction menu")]
    [TestCase("message_board", "<a href='https://www.people.com.cn/liuyan'>人民网</a>", "liuyan in the path of a portal, not its host")]
    [TestCase("survey", "<a href='/r'>民調結果</a>", "published poll results")]
    [TestCase("survey", "<a href='/zp'>作品征集</a>", "a call for entries")]
    [TestCase("survey", "<a href='https://www.surveymonkey.com/'>SurveyMonkey</a>", "the survey tool's home page, not a survey")]
    [TestCase("live_chat", "<a href='/e'>Coffee Chat Series 2024</a>", "an event series called a chat")]
    [TestCase("live_chat", "<a href='/zx'>在线咨询</a>", "a written consultation answered later (mainland 在线咨询)")]
    [TestCase("email_contact", "<p>Follow @NYCMayor for updates.</p>", "a social handle")]
    [TestCase("email_contact", "<p>Copyright@2024 Example City. All rights reserved.</p>", "@ without an address")]
    [TestCase("online_application", "<a href='/zx'>政务服务中心</a>", "the physical service centre")]
    [TestCase("online_application", "<ul><li><span>2024-05-01</span> <a href='/n/1'>市政务服务工作获表彰</a></li></ul>", "a dated news entry about services")]
    [TestCase("online_application", "<a href='#'>報名簡章</a>", "the terms of an enrolment, not enrolling")]
    [TestCase("online_application", "<a href='/issue'>Report a Website Issue</a>", "feedback on the website itself")]
    [TestCase("online_application", "<a href='/who'>Who can apply</a>", "eligibility information")]
    [TestCase("online_application", "<a href='https://apply.example.gov/jobs'>Jobs with the Administration</a>", "a jobs portal")]
    [TestCase("member_area", "<a href='my-government.html'>My Government</a>", "an information section named My …")]
    [TestCase("member_area", "<a href='#'>My Neighborhood</a>", "local information named My …")]
    [TestCase("member_area", "<a href='https://knowindia.gov.in/my-india-my-pride/'>My India My Pride</a>", "a campaign named My …")]
    [TestCase("member_area", "<a href='http://www.gov.tw/'><img src='egov.png' alt=''></a>", "an unnamed badge")]
    [TestCase("member_area", "<a href='https://www.gov.tw/News3_Content.aspx?n=2'>行政院新聞</a>", "a deep link into gov.tw")]
    [TestCase("phone_contact", "<p>本中心成立於1999年，致力推動地方發展。</p>", "a year, not a service number")]
    [TestCase("cookie_notice", "<footer><a href='/privacy'>Privacy &amp; cookies</a></footer>", "a policy link, not a notice")]
    [TestCase("font_size_control", "<a href='http://www.example.gov/home/text-size.page'>Text Size</a>", "a page explaining browser zoom")]
    [TestCase("online_payment", "<a href='#'>多元繳費管道</a>", "the payment channels at the counter")]
    [TestCase("online_payment", "<a href='/t'>Payments to suppliers over £500</a>", "a transparency page")]
    [TestCase("online_application", "<a href='/news'>Register for email updates</a>", "an e-mail sign-up")]
    [TestCase("message_board", "<ul><li><a href='#'>國際交流</a><ul><li><a href='/a'>國際論壇</a></li><li><a href='/b'>姊妹市</a></li></ul></li></ul>", "an international forum under an exchange menu")]
    public void Near_miss_is_not_found(string indicator, string html, string why)
    {
        Assert.That(Found(indicator, html), Is.False, why);
    }
}
