using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class FormRuleTests
{
    private static readonly FormRule SiteSearch = new(
        ["search", "text"], null, null, new KeywordSet(["search", "搜尋", "查詢"], ["subscribe", "newsletter", "訂閱"]), null, PageScope.All);

    [Test]
    public void Search_box_by_placeholder_is_found()
    {
        var site = Sites.Of("<body><form action=\"/search\"><input type=\"text\" name=\"q\" placeholder=\"Search this site\"></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, site),
            Is.EqualTo(new Evidence(Sites.HomeUrl, "input[type=text][name=q]", "Search this site")));
    }

    [Test]
    public void Missing_type_counts_as_text_and_submit_text_labels_the_box()
    {
        var site = Sites.Of("<body><form><input name=\"kw\"><button>搜尋</button></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, site)?.Text, Is.EqualTo("搜尋"));
    }

    [Test]
    public void Newsletter_email_box_is_not_a_search_form()
    {
        var site = Sites.Of("<body><form action=\"/subscribe\"><input type=\"email\" placeholder=\"Your email\"><input type=\"submit\" value=\"Subscribe\"></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, site), Is.Null);
    }

    [Test]
    public void Newsletter_text_box_is_cancelled_by_label_exclude()
    {
        var site = Sites.Of("<body><form><input type=\"text\" placeholder=\"Search topics\"><button>Subscribe to newsletter</button></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, site), Is.Null);
    }

    [Test]
    public void Search_and_rescue_heading_is_not_a_site_search()
    {
        var site = Sites.Of("<body><h2>Search and rescue</h2><form><input type=\"text\" name=\"name\" placeholder=\"Your name\"><button>Send</button></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, site), Is.Null);
    }

    [Test]
    public void Label_for_and_wrapping_label_count()
    {
        var byFor = Sites.Of("<body><label for=\"s\">站內查詢</label><input id=\"s\" type=\"search\"></body>");
        var wrapped = Sites.Of("<body><label>Search <input type=\"text\"></label></body>");

        Assert.That(Detector.Evaluate(SiteSearch, byFor)?.Text, Is.EqualTo("站內查詢"));
        Assert.That(Detector.Evaluate(SiteSearch, wrapped), Is.Not.Null);
    }

    [Test]
    public void Role_of_control_form_or_search_landmark()
    {
        var role = new FormRule([], "search", null, null, null, PageScope.All);

        Assert.That(Detector.Evaluate(role, Sites.Of("<body><form role=\"search\"><input name=\"q\"></form></body>")), Is.Not.Null);
        Assert.That(Detector.Evaluate(role, Sites.Of("<body><div role=\"search\"><input name=\"q\"></div></body>")), Is.Not.Null);
        Assert.That(Detector.Evaluate(role, Sites.Of("<body><search><input name=\"q\"></search></body>")), Is.Not.Null);
        Assert.That(Detector.Evaluate(role, Sites.Of("<body><input role=\"searchbox\" name=\"q\"></body>")), Is.Null);
        Assert.That(Detector.Evaluate(role, Sites.Of("<body><form><input name=\"q\"></form></body>")), Is.Null);
    }

    [Test]
    public void Name_regex_matches_name_or_id()
    {
        var rule = new FormRule([], null, Sites.Regex("^(q|keyword)$"), null, null, PageScope.All);

        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><input id=\"keyword\"></body>")), Is.Not.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><input name=\"query\"></body>")), Is.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><input type=\"hidden\" name=\"q\"></body>")), Is.Null, "hidden inputs are not controls");
    }

    [Test]
    public void Action_regex_on_the_form()
    {
        var rule = new FormRule(["text"], null, null, null, Sites.Regex(@"search\.gov|/search"), PageScope.All);

        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><form action=\"https://search.gov/search\"><input name=\"query\"></form></body>")), Is.Not.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><form action=\"/login\"><input name=\"user\"></form></body>")), Is.Null);
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><input name=\"query\"></body>")), Is.Null, "no form, no action");
    }

    [Test]
    public void Select_textarea_and_button_use_their_tag_as_type()
    {
        var rule = new FormRule(["textarea"], null, null, null, null, PageScope.All);

        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><form><textarea name=\"msg\"></textarea></form></body>"))?.Element, Is.EqualTo("textarea[name=msg]"));
        Assert.That(Detector.Evaluate(rule, Sites.Of("<body><form><input name=\"msg\"></form></body>")), Is.Null);
    }

    [Test]
    public void Every_criterion_must_hold_on_one_control()
    {
        var rule = new FormRule(["password"], null, Sites.Regex("^pwd$"), null, null, PageScope.All);
        var split = Sites.Of("<body><form><input type=\"password\" name=\"secret\"><input name=\"pwd\"></form></body>");
        var together = Sites.Of("<body><form><input type=\"password\" name=\"pwd\"></form></body>");

        Assert.That(Detector.Evaluate(rule, split), Is.Null);
        Assert.That(Detector.Evaluate(rule, together), Is.Not.Null);
    }

    [Test]
    public void Whole_page_webforms_form_labels_each_box_by_its_own_button()
    {
        var page = Sites.Of("""
            <body><form id="aspnetForm" action="./Default.aspx">
              <div class="newsletter"><input type="text" name="mail" placeholder="E-mail"><input type="submit" value="Subscribe"></div>
              <div class="search"><input type="text" name="kw"><input type="submit" value="Search"></div>
            </form></body>
            """);
        var newsletterOnly = Sites.Of("""
            <body><form id="aspnetForm" action="./Default.aspx">
              <div class="search"><input type="text" name="kw" placeholder="Keyword"><button>Go</button></div>
              <div class="newsletter"><input type="text" name="mail"><input type="submit" value="Search newsletter? no: Subscribe"></div>
            </form></body>
            """);

        Assert.That(Detector.Evaluate(SiteSearch, page)?.Element, Is.EqualTo("input[type=text][name=kw]"));
        Assert.That(Detector.Evaluate(SiteSearch, newsletterOnly), Is.Null);
    }

    [Test]
    public void Bare_text_just_before_a_field_labels_it()
    {
        var named = Sites.Of("<body><form>站內搜尋 <input name=\"x\"></form></body>");
        var sentence = Sites.Of("<body><form>Type the words you are looking for, then search: <input name=\"x\"></form></body>");
        var parcel = Sites.Of("<body><form action=\"parcel.html\">段別 <select name=\"sec\"><option>溪洲段</option></select> 地號 <input type=\"text\" name=\"no\"> <input type=\"submit\" value=\"查詢\"></form></body>");
        var notParcels = new FormRule(["text"], null, null, new KeywordSet(["查詢"], ["地號"]), null, PageScope.All);

        Assert.That(Detector.Evaluate(SiteSearch, named)?.Text, Is.EqualTo("站內搜尋"));
        Assert.That(Detector.Evaluate(SiteSearch, sentence), Is.Null, "a sentence of the page is not a field's name");
        Assert.That(Detector.Evaluate(notParcels, parcel), Is.Null, "地號 written before the field names it");
        Assert.That(Detector.Evaluate(SiteSearch, parcel), Is.Not.Null, "the submit text still labels it");
    }

    [Test]
    public void Text_after_a_radio_button_is_that_choices_label_not_the_next_fields()
    {
        var choice = Sites.Of("<body><form><input type=\"radio\" name=\"c\"> 站內搜尋 <input name=\"x\"></form></body>");
        var named = Sites.Of("<body><form><input type=\"hidden\" name=\"c\"> 站內搜尋 <input name=\"x\"></form></body>");

        Assert.That(Detector.Evaluate(SiteSearch, choice), Is.Null, "the words follow the radio button they label");
        Assert.That(Detector.Evaluate(SiteSearch, named)?.Text, Is.EqualTo("站內搜尋"), "any other field before the words does not take them");
    }

    [Test]
    public void The_forms_own_name_labels_every_control_in_it()
    {
        const string Catalogue = "<body><form role=\"search\" aria-label=\"Library catalogue\" action=\"https://catalogue.example.org/search\"><input name=\"term\"><button type=\"submit\">Find</button></form></body>";
        var notCatalogues = new FormRule([], "search", null, new KeywordSet([], ["catalogue"]), null, PageScope.All);
        var byHeading = Sites.Of("<body><h2 id=\"h\">Library catalogue</h2><form role=\"search\" aria-labelledby=\"h\"><input name=\"term\"></form></body>");

        Assert.That(Detector.Evaluate(notCatalogues, Sites.Of(Catalogue)), Is.Null);
        Assert.That(Detector.Evaluate(notCatalogues, byHeading), Is.Null);
        Assert.That(Detector.Evaluate(notCatalogues, Sites.Of(Catalogue.Replace("Library catalogue", "Search this site", StringComparison.Ordinal))), Is.Not.Null);
    }

    [Test]
    public void A_forms_name_is_read_from_its_first_aria_labelledby_ids_only()
    {
        // A hostile page could list thousands of ids and make every control of the form read them all.
        var notCatalogues = new FormRule([], "search", null, new KeywordSet([], ["catalogue"]), null, PageScope.All);
        var filler = string.Join(" ", Enumerable.Range(0, FormDetection.MaxLabelledBy).Select(i => $"x{i}"));
        string Page(string ids) => $"<body><h2 id=\"h\">Library catalogue</h2><form role=\"search\" aria-labelledby=\"{ids}\"><input name=\"term\"></form></body>";

        Assert.That(Detector.Evaluate(notCatalogues, Sites.Of(Page("h " + filler))), Is.Null, "the first id is read");
        Assert.That(Detector.Evaluate(notCatalogues, Sites.Of(Page(filler + " h"))), Is.Not.Null, "ids past the limit are not");
    }

    // page_exclude (round 14 of issue 11): a password field on a staff-only page is left out; the same form on a citizen's page
    // or on the home page counts.
    [TestCase("<head><title>員工登入 - 榮民服務處</title></head><body><form><label>公務帳號<input name='a'></label><label>密碼<input type='password' name='p'></label><button>登入</button></form></body>", false)]
    [TestCase("<head><title>Staff Intranet</title></head><body><form><input name='u'><input type='password' name='p'><button>Sign in</button></form></body>", false)]
    [TestCase("<head><title>會員登入 - 稅務局</title></head><body><form><label>帳號<input name='a'></label><label>密碼<input type='password' name='p'></label><button>登入</button></form></body>", true)]
    public void Page_exclude_leaves_out_controls_on_a_page_called_by_its_words(string page, bool found)
    {
        var rule = new FormRule(["password"], null, null, null, null, PageScope.All, KeywordSet.Of("員工", "Staff", "Intranet"));
        var site = Sites.Of(Sites.Page("<body><a href='/login.html'>x</a></body>"), Sites.Page(page, Sites.HomeUrl + "login.html"));

        Assert.That(Detector.Evaluate(rule, site) != null, Is.EqualTo(found));
        Assert.That(Detector.Evaluate(rule, Sites.Of(page)), Is.Not.Null, "the home page is never left out");
    }
}
