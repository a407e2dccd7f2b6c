using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class LinkTextRuleTests
{
    [Test]
    public void Link_text_is_found_with_evidence()
    {
        var site = Sites.Of("<html><body><a href=\"/faq.html\">常見問題 FAQ</a></body></html>");

        var evidence = Detector.Evaluate(Sites.Link(["FAQ"]), site);

        Assert.That(evidence, Is.EqualTo(new Evidence(Sites.HomeUrl, "a[href=\"/faq.html\"]", "常見問題 FAQ")));
    }

    [Test]
    public void Missing_keyword_is_not_found()
    {
        var site = Sites.Of("<body><a href=\"/news\">News</a><p>FAQ</p></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"]), site), Is.Null);
    }

    [Test]
    public void Long_headline_mentioning_keyword_is_ignored_with_max_length()
    {
        var site = Sites.Of("<body><a href=\"/news/1\">Ministry publishes new FAQ on the 2025 household registration reform for overseas citizens</a></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"], maxLength: 30), site), Is.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"]), site), Is.Not.Null, "without max_length the headline counts");
    }

    // A share button names the platform it shares to, not a feature of the agency (round 10 of issue 11: "Facebook" on a
    // facebook.com/sharer link counted as the agency's account). The agency's own page on the platform, or a page of its
    // own site whose path says share, still counts.
    [TestCase("<a href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.gov%2F\">Facebook</a>", false)]
    [TestCase("<a href=\"https://x.com/intent/post?url=https%3A%2F%2Fa.gov%2F\">Facebook</a>", false)]
    [TestCase("<a href=\"https://www.linkedin.com/shareArticle?mini=true&amp;url=x\">Facebook</a>", false)]
    [TestCase("<a href=\"https://social-plugins.line.me/lineit/share?url=x\">Facebook</a>", false)]
    [TestCase("<a href=\"https://www.addtoany.com/add_to/facebook?linkurl=x\">Facebook</a>", false)]
    [TestCase("<a href=\"https://www.facebook.com/CalderRevenue\">Facebook</a>", true)]
    [TestCase("<a href=\"https://service.weibo.com/share/share.php?url=x\">Facebook</a>", false)]
    [TestCase("<a href=\"https://twitter.com/intent/follow?screen_name=agency\">Facebook</a>", true)]
    [TestCase("<a href=\"https://www.facebook.com/share/1AbCdEf/\">Facebook</a>", true)]
    [TestCase("<a href=\"https://zwfw.example.gov.cn/share/index.html\">Facebook</a>", true)]
    [TestCase("<a href=\"/share/facebook\">Facebook</a>", true)]
    [TestCase("<a href=\"#\">Facebook</a>", true)]
    public void Share_button_is_not_a_link_to_a_feature(string body, bool found)
    {
        var evidence = Detector.Evaluate(Sites.Link(["Facebook"]), Sites.Of($"<body><p>{body}</p></body>"));

        Assert.That(evidence != null, Is.EqualTo(found));
    }

    // page_exclude (round 14 of issue 11: a 登入 button on a staff-only page): a page other than the home page, called by one of
    // the words in its title, h1 or first h2, or by a link on the crawled pages leading to it, leaves all its links out.
    [TestCase("<head><title>同仁登入｜崁南航空站</title></head><body><h1>同仁登入（限本站員工）</h1><button>登入</button></body>", "<a href='/staff.html'>Staff</a>", false, "the title and heading say staff")]
    [TestCase("<body><div><h2>員工登入（本處同仁公務使用）</h2><form><button>登入</button></form></div></body>", "<a href='/staff.html'>x</a>", false, "the first h2 heads an old layout")]
    [TestCase("<body><h1>系統</h1><button>登入</button></body>", "<footer><a href='/staff.html'>内网办公</a></footer>", false, "the footer link leading to it says intranet")]
    [TestCase("<body><h1>會員登入</h1><button>登入</button></body>", "<a href='/staff.html'>會員專區</a>", true, "a citizen's sign-in page")]
    [TestCase("<body><h1>會員登入</h1><h2>員工</h2><button>登入</button></body>", "<a href='/staff.html#top'>會員專區</a>", true, "with an h1, an h2 heads a section, not the page")]
    [TestCase("<body><h1>會員登入</h1><a onclick='toggle()'>員工</a><button>登入</button></body>", "<a href='/staff.html'>會員專區</a>", true, "a link without an address leads to no page, not to the one it is on")]
    public void Page_exclude_leaves_out_a_page_called_by_its_words(string page, string homeLink, bool found, string why)
    {
        var rule = Sites.Link(["登入"]) with { PageExclude = KeywordSet.Of("員工", "同仁", "內網") };
        var site = Sites.Of(
            Sites.Page($"<body>{homeLink}</body>"),
            Sites.Page(page, Sites.HomeUrl + "staff.html"));

        Assert.That(Detector.Evaluate(rule, site) != null, Is.EqualTo(found), why);
    }

    // The home page is the front door for everyone: its own title never leaves it out.
    [Test]
    public void Page_exclude_never_leaves_out_the_home_page()
    {
        var rule = Sites.Link(["Log in"]) with { PageExclude = KeywordSet.Of("Employee") };

        Assert.That(Detector.Evaluate(rule, Sites.Of("<head><title>Employee Benefits Administration</title></head><body><a href='/login'>Log in</a></body>")), Is.Not.Null);
    }

    // target_shows (round 10 of issue 11: "Contact us" leading to a page of phone numbers only): a link whose page was
    // crawled counts only when that page or the home page shows the rule; a link whose page was not reached keeps its word.
    [TestCase("<p>Call 101.</p>", false)]
    [TestCase("<p>Write to <a href=\"mailto:info@example.gov.tw\">info@example.gov.tw</a></p>", true)]
    public void Target_shows_confirms_a_link_by_the_page_it_leads_to(string contactBody, bool found)
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };
        var site = Sites.Of(
            Sites.Page("<body><a href=\"/contact.html\">Contact us</a></body>"),
            Sites.Page($"<body>{contactBody}</body>", Sites.HomeUrl + "contact.html"));

        Assert.That(Detector.Evaluate(rule, site) != null, Is.EqualTo(found));
    }

    // The contact page's own menu link to itself is judged by that page; the page holding a link is not the confirmation (an
    // inner page's report form beside "Contact us" in its menu), the home page is.
    [Test]
    public void Target_shows_judges_by_the_target_and_the_home_page_only()
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };
        var contact = Sites.Page("<body><a href=\"/contact.html\">Contact us</a><p>Call 101.</p></body>", Sites.HomeUrl + "contact.html");
        var report = Sites.Page("<body><a href=\"/contact.html\">Contact us</a><a href=\"mailto:reports@example.gov.tw\">reports</a></body>", Sites.HomeUrl + "report.html");

        Assert.That(Detector.Evaluate(rule, Sites.Of(Sites.Page("<body><a href=\"/report.html\">Report</a></body>"), contact, report)), Is.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of(Sites.Page("<body><a href=\"mailto:a@example.gov.tw\">a</a></body>"), contact)), Is.Not.Null);
    }

    [TestCase("<body><a href=\"/contact.html\">Contact us</a></body>", "the contact page was not reached (a single saved page)")]
    [TestCase("<body><a href=\"#contact\">Contact us</a><p id=\"contact\">Call 101.</p></body>", "a place on the same page is no page of its own")]
    public void Target_shows_keeps_a_link_whose_page_was_not_crawled(string home, string why)
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };

        Assert.That(Detector.Evaluate(rule, Sites.Of(home)), Is.Not.Null, why);
    }

    // A menu written for http on a site served over https, a trailing slash, an index file or the host's case: the same page
    // was crawled, and it is the one that judges the link.
    [TestCase("http://www.example.gov.tw/contact/", "contact")]
    [TestCase("/contact/index.html", "contact/")]
    [TestCase("HTTPS://WWW.EXAMPLE.GOV.TW:443/contact", "contact/")]
    [TestCase("/contact.html#form", "contact.html")]
    public void Target_shows_finds_the_crawled_page_behind_another_spelling_of_its_address(string href, string crawledPath)
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };
        var site = Sites.Of(
            Sites.Page($"<body><a href=\"{href}\">Contact us</a></body>"),
            Sites.Page("<body><p>Call 101.</p></body>", Sites.HomeUrl + crawledPath));

        Assert.That(Detector.Evaluate(rule, site), Is.Null, "the crawled contact page lists a phone number only");
    }

    [TestCase("https://www.example.gov.tw/contact?tab=2", "contact")]
    [TestCase("https://other.example.gov.tw/contact", "contact")]
    [TestCase("/contact#/form", "contact")]
    public void Target_shows_keeps_a_link_to_another_page_than_the_one_crawled(string href, string crawledPath)
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };
        var site = Sites.Of(
            Sites.Page($"<body><a href=\"{href}\">Contact us</a></body>"),
            Sites.Page("<body><p>Call 101.</p></body>", Sites.HomeUrl + crawledPath));

        Assert.That(Detector.Evaluate(rule, site), Is.Not.Null, "a query, another host or an app route is another page, not reached");
    }

    // A link without an address (a script opens the mailbox) leads to no page: it is not judged by the page it sits on.
    [Test]
    public void Target_shows_keeps_a_link_without_an_address()
    {
        var rule = Sites.Link(["Contact us"]) with { TargetShows = new HrefRule(Sites.Regex("^mailto:"), "^mailto:", PageScope.All) };
        var site = Sites.Of(
            Sites.Page("<body><a href=\"/about.html\">About</a></body>"),
            Sites.Page("<body><a onclick=\"openMailbox()\">Contact us</a><p>Call 101.</p></body>", Sites.HomeUrl + "about.html"));

        Assert.That(Detector.Evaluate(rule, site), Is.Not.Null);
    }

    // An icon control named only by the tooltip it shows on hover or focus (round 5 of issue 11: a member icon with
    // data-tip="會員專區" and an empty alt).
    [TestCase("<a href=\"/member\" data-tip=\"會員專區\"><img src=\"u.svg\" alt=\"\"></a>", "a[href=\"/member\"][data-tip]")]
    [TestCase("<a href=\"/member\" data-tooltip=\"會員專區\"><svg aria-hidden=\"true\"></svg></a>", "a[href=\"/member\"][data-tooltip]")]
    [TestCase("<button type=\"button\" data-bs-toggle=\"tooltip\" data-bs-title=\"會員專區\"></button>", "button[data-bs-title]")]
    [TestCase("<a href=\"/member\" data-bs-original-title=\"會員專區\"><i class=\"fa-user\"></i></a>", "a[href=\"/member\"][data-bs-original-title]")]
    [TestCase("<a href=\"/member\" data-tippy-content=\"會員專區\"><i></i></a>", "a[href=\"/member\"][data-tippy-content]")]
    [TestCase("<a href=\"/member\" aria-describedby=\"t1\"><i></i></a><span id=\"t1\" role=\"tooltip\">會員專區</span>", "a[href=\"/member\"][aria-describedby=tooltip]")]
    public void Tooltip_names_an_icon_control(string body, string element)
    {
        var evidence = Detector.Evaluate(Sites.Link(["會員專區"]), Sites.Of($"<body>{body}</body>"));

        Assert.That(evidence?.Element, Is.EqualTo(element));
    }

    [TestCase("<a href=\"/member\" data-track=\"會員專區\"><i></i></a>", "an analytics attribute is not shown to a citizen")]
    [TestCase("<a href=\"/member\" data-title=\"會員專區\"><i></i></a>", "a generic data-title (gallery captions, scripts) is not a tooltip attribute")]
    [TestCase("<a href=\"/member\" aria-describedby=\"d1\"><i></i></a><p id=\"d1\">會員專區</p>", "aria-describedby naming a paragraph, not a tooltip")]
    public void Non_tooltip_attribute_does_not_name_a_control(string body, string why)
    {
        Assert.That(Detector.Evaluate(Sites.Link(["會員專區"]), Sites.Of($"<body>{body}</body>")), Is.Null, why);
    }

    // A <select> quick-link menu is a list of links: an option whose value is an address goes to a page (round 6 of issue 11:
    // "Create an account" offered only in a "Quick links" select of a single-page app).
    [TestCase("<select aria-label=\"Quick links\"><option value=\"\">Quick links</option><option value=\"#/create-account\">Create an account</option></select>")]
    [TestCase("<select><option value=\"/register\">Create an account</option></select>")]
    [TestCase("<select><option value=\"https://example.gov.tw/register\">Create an account</option></select>")]
    [TestCase("<select><option value=\"/account/new\">Create an account</option></select>")]
    [TestCase("<select onchange=\"go(this)\"><option data-href=\"signup.aspx\">Create an account</option></select>")]
    public void Quick_link_option_is_a_link(string body)
    {
        var evidence = Detector.Evaluate(Sites.Link(["Create an account"]), Sites.Of($"<body>{body}</body>"));

        Assert.That(evidence?.Element, Does.StartWith("option"));
    }

    [TestCase("<form><select name=\"q\"><option value=\"account\">Create an account</option></select></form>", "a form value, not an address")]
    [TestCase("<select><option>Create an account</option></select>", "an option without a value")]
    [TestCase("<select><option value=\"2024\">Create an account</option></select>", "a year chosen in a filter")]
    [TestCase("<select><option value=\"http://www.other-agency.gov.cn/\">Create an account</option></select>", "another site in a directory of agencies")]
    public void Option_with_a_form_value_is_not_a_link(string body, string why)
    {
        Assert.That(Detector.Evaluate(Sites.Link(["Create an account"]), Sites.Of($"<body>{body}</body>")), Is.Null, why);
    }

    [Test]
    public void Short_aria_label_counts_even_when_visible_text_is_too_long()
    {
        var site = Sites.Of("<body><a href=\"/faq\" aria-label=\"FAQ\">Answers to every question residents have asked us in the past year</a></body>");

        var evidence = Detector.Evaluate(Sites.Link(["FAQ"], maxLength: 20), site);

        Assert.That(evidence?.Element, Is.EqualTo("a[href=\"/faq\"][aria-label]"));
    }

    [Test]
    public void Exclude_keyword_in_same_text_cancels_candidate()
    {
        var site = Sites.Of("<body><a href=\"/a\">Login help</a></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["login"], exclude: ["help"]), site), Is.Null);
    }

    [Test]
    public void Exclude_in_another_link_does_not_cancel()
    {
        var site = Sites.Of("<body><a href=\"/a\">Login help</a><a href=\"/login\">Login</a></body>");

        var evidence = Detector.Evaluate(Sites.Link(["login"], exclude: ["help"]), site);

        Assert.That(evidence?.Element, Is.EqualTo("a[href=\"/login\"]"));
    }

    [Test]
    public void Image_alt_inside_link_counts()
    {
        var site = Sites.Of("<body><a href=\"/sitemap\"><img src=\"s.png\" alt=\"網站導覽\"></a></body>");

        var evidence = Detector.Evaluate(Sites.Link(["網站導覽"]), site);

        Assert.That(evidence, Is.EqualTo(new Evidence(Sites.HomeUrl, "a[href=\"/sitemap\"] > img[alt]", "網站導覽")));
    }

    [TestCase("<button type=\"button\">Search</button>")]
    [TestCase("<span role=\"link\">Search</span>")]
    [TestCase("<div role=\"button\">Search</div>")]
    [TestCase("<li onclick=\"go()\">Search</li>")]
    [TestCase("<input type=\"submit\" value=\"Search\">")]
    [TestCase("<input type=\"image\" src=\"s.png\" alt=\"Search\">")]
    [TestCase("<map><area href=\"/s\" alt=\"Search\"></map>")]
    [TestCase("<a href=\"/s\" title=\"Search\"><i class=\"icon\"></i></a>")]
    public void Every_clickable_kind_is_a_candidate(string markup)
    {
        Assert.That(Detector.Evaluate(Sites.Link(["search"]), Sites.Of($"<body>{markup}</body>")), Is.Not.Null);
    }

    [Test]
    public void Plain_text_input_value_is_not_a_link()
    {
        Assert.That(Detector.Evaluate(Sites.Link(["search"]), Sites.Of("<body><input type=\"text\" value=\"Search\"></body>")), Is.Null);
    }

    [Test]
    public void Full_width_and_mixed_case_link_text_matches()
    {
        var site = Sites.Of("<body><a href=\"/faq\">ＦＡＱ</a><a href=\"/map\">ＳＩＴＥ　map</a></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["faq"]), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["Site Map"]), site)?.Text, Is.EqualTo("ＳＩＴＥ　map".Replace('\u3000', ' ')));
    }

    [Test]
    public void Latin_word_boundary_login_versus_blogin()
    {
        Assert.That(Detector.Evaluate(Sites.Link(["login"]), Sites.Of("<body><a href=\"/b\">blogin</a></body>")), Is.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["login"]), Sites.Of("<body><a href=\"/l\">LOGIN</a></body>")), Is.Not.Null);
    }

    [Test]
    public void Entities_are_decoded()
    {
        var site = Sites.Of("<body><a href=\"/qa\">Q&amp;A</a><a href=\"/x\">&#24120;&#35211;&#21839;&#38988;</a></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["Q&A"]), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(Sites.Link(["常見問題"]), site), Is.Not.Null);
    }

    [Test]
    public void Link_in_script_or_template_does_not_count()
    {
        var site = Sites.Of("<body><script>document.write('<a href=\"/faq\">FAQ</a>')</script><template><a href=\"/faq\">FAQ</a></template></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"]), site), Is.Null);
    }

    [Test]
    public void Hidden_mega_menu_links_count()
    {
        var site = Sites.Of("<body><nav><ul style=\"display:none\" hidden aria-hidden=\"true\"><li><a href=\"/faq\">FAQ</a></li></ul></nav></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"], region: Region.Nav), site), Is.Not.Null);
    }

    [Test]
    public void Long_evidence_text_is_trimmed_to_120_characters()
    {
        var headline = "FAQ " + new string('x', 300);
        var evidence = Detector.Evaluate(Sites.Link(["FAQ"]), Sites.Of($"<body><a href=\"/n\">{headline}</a></body>"));

        Assert.That(evidence!.Text, Has.Length.EqualTo(120));
        Assert.That(evidence.Text, Does.StartWith("FAQ xxx").And.EndWith("…"));
    }

    [Test]
    public void Onclick_on_body_does_not_make_the_whole_page_a_link()
    {
        var site = Sites.Of("<body onclick=\"track()\"><p>Read our FAQ in the library.</p></body>");

        Assert.That(Detector.Evaluate(Sites.Link(["FAQ"]), site), Is.Null);
    }
}
