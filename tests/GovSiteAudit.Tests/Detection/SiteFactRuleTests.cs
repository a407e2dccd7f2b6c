using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class SiteFactRuleTests
{
    private static SiteFacts Facts(IReadOnlyList<RedirectHop>? chain = null, HttpProbe? probe = null,
        IReadOnlyList<CookieFact>? cookies = null, IReadOnlyList<StorageEntry>? storage = null) =>
        new(chain ?? [], probe, null, cookies ?? [], storage ?? []);

    [Test]
    public void Header_name_is_case_insensitive_and_value_optional()
    {
        var headers = new Dictionary<string, string> { ["strict-transport-security"] = "max-age=31536000; includeSubDomains" };
        var site = Sites.Of(Sites.Page("<body></body>", headers: headers));

        Assert.That(Detector.Evaluate(new HeaderRule("Strict-Transport-Security", null), site),
            Is.EqualTo(new Evidence(Sites.HomeUrl, "header strict-transport-security", "max-age=31536000; includeSubDomains")));
        Assert.That(Detector.Evaluate(new HeaderRule("Strict-Transport-Security", Sites.Regex(@"max-age=[1-9]")), site), Is.Not.Null);
        Assert.That(Detector.Evaluate(new HeaderRule("Strict-Transport-Security", Sites.Regex(@"max-age=0\b")), site), Is.Null);
        Assert.That(Detector.Evaluate(new HeaderRule("Content-Security-Policy", null), site), Is.Null);
    }

    [Test]
    public void Header_only_from_the_home_page()
    {
        var inner = Sites.Page("<body></body>", "https://www.example.gov.tw/a", headers: new Dictionary<string, string> { ["X-Frame-Options"] = "DENY" });

        Assert.That(Detector.Evaluate(new HeaderRule("X-Frame-Options", null), Sites.Of(Sites.Page("<body></body>"), inner)), Is.Null);
    }

    [Test]
    public void Https_behind_an_invalid_certificate_is_not_found()
    {
        var site = new SiteSnapshot("https://www.example.gov.tw/", "https://www.example.gov.tw/", [],
            SiteFacts.Empty with { Tls = new TlsFacts("TLS 1.3", "Example CA", "www.example.gov.tw", null, null, false, "the certificate expired on 2024-01-01") });
        var valid = site with { Facts = site.Facts with { Tls = site.Facts.Tls! with { Valid = true, Error = null } } };

        Assert.That(Detector.Evaluate(new SchemeRule("https"), site), Is.Null);
        Assert.That(Detector.Evaluate(new SchemeRule("https"), valid), Is.Not.Null);
    }

    [Test]
    public void Scheme_uses_the_final_url()
    {
        var site = Sites.WithFacts(SiteFacts.Empty, "https://www.example.gov.tw/index.aspx", Sites.Page("<body></body>", "http://www.example.gov.tw/"));

        Assert.That(Detector.Evaluate(new SchemeRule("https"), site)?.Text, Is.EqualTo("https://www.example.gov.tw/index.aspx"));
        Assert.That(Detector.Evaluate(new SchemeRule("http"), site), Is.Null);
    }

    [Test]
    public void Scheme_falls_back_to_the_home_page_url()
    {
        var site = Sites.WithFacts(SiteFacts.Empty, null, Sites.Page("<body></body>", "http://www.example.gov.tw/"));

        Assert.That(Detector.Evaluate(new SchemeRule("http"), site), Is.Not.Null);
    }

    [Test]
    public void Https_redirect_from_probe()
    {
        var yes = Sites.WithFacts(Facts(probe: new HttpProbe("http://www.example.gov.tw/", "https://www.example.gov.tw/", true, null)));
        var no = Sites.WithFacts(Facts(probe: new HttpProbe("http://www.example.gov.tw/", "http://www.example.gov.tw/", false, null)));

        Assert.That(Detector.Evaluate(new HttpsRedirectRule(), yes)?.Text, Is.EqualTo("http://www.example.gov.tw/ → https://www.example.gov.tw/"));
        Assert.That(Detector.Evaluate(new HttpsRedirectRule(), no), Is.Null);
    }

    [Test]
    public void Https_redirect_from_chain_allows_www_difference_only()
    {
        RedirectHop[] sameHost = [new("http://example.gov.tw/", 301), new("https://www.example.gov.tw/", 200)];
        RedirectHop[] otherHost = [new("http://example.gov.tw/", 302), new("https://portal.other.gov.tw/", 200)];
        RedirectHop[] staysHttp = [new("http://example.gov.tw/", 301), new("http://www.example.gov.tw/", 200)];

        Assert.That(Detector.Evaluate(new HttpsRedirectRule(), Sites.WithFacts(Facts(sameHost))), Is.Not.Null);
        Assert.That(Detector.Evaluate(new HttpsRedirectRule(), Sites.WithFacts(Facts(otherHost))), Is.Null);
        Assert.That(Detector.Evaluate(new HttpsRedirectRule(), Sites.WithFacts(Facts(staysHttp))), Is.Null);
    }

    private static readonly StorageRule AnyPersistentFirstParty = new(StorageKinds.Any, true, true, null, null);

    [Test]
    public void Session_cookie_is_not_persistent_storage()
    {
        var session = Sites.WithFacts(Facts(cookies: [new CookieFact("ASP.NET_SessionId", "www.example.gov.tw", "/", -1, true)]));
        var persistent = Sites.WithFacts(Facts(cookies: [new CookieFact("lang", "www.example.gov.tw", "/", 1893456000, true)]));

        Assert.That(Detector.Evaluate(AnyPersistentFirstParty, session), Is.Null);
        Assert.That(Detector.Evaluate(AnyPersistentFirstParty, persistent),
            Is.EqualTo(new Evidence(Sites.HomeUrl, "cookie", "cookie lang (expires 2030-01-01T00:00:00Z; domain www.example.gov.tw)")));
        Assert.That(Detector.Evaluate(AnyPersistentFirstParty with { PersistentOnly = false }, session), Is.Not.Null);
    }

    [Test]
    public void Third_party_cookie_does_not_count_as_first_party()
    {
        var site = Sites.WithFacts(Facts(cookies: [new CookieFact("_ga", ".tracker.example.com", "/", 1893456000, false)]));

        Assert.That(Detector.Evaluate(AnyPersistentFirstParty, site), Is.Null);
        Assert.That(Detector.Evaluate(AnyPersistentFirstParty with { FirstPartyOnly = false }, site), Is.Not.Null);
    }

    [Test]
    public void Cookie_name_and_exclude_name()
    {
        var site = Sites.WithFacts(Facts(cookies: [new CookieFact("_ga", "www.example.gov.tw", "/", 1893456000, true)]));

        Assert.That(Detector.Evaluate(AnyPersistentFirstParty with { ExcludeName = Sites.Regex("^_ga") }, site), Is.Null);
        Assert.That(Detector.Evaluate(AnyPersistentFirstParty with { Name = Sites.Regex("^_g") }, site), Is.Not.Null);
        Assert.That(Detector.Evaluate(AnyPersistentFirstParty with { Kinds = StorageKinds.LocalStorage }, site), Is.Null);
    }

    [TestCase("https://www.example.gov.tw", true)]
    [TestCase("https://eservice.example.gov.tw", true)]
    [TestCase("https://other.gov.tw", false)]
    [TestCase("https://cdn.example.com", false)]
    public void Local_storage_first_party_by_registrable_domain(string origin, bool found)
    {
        var site = Sites.WithFacts(Facts(storage: [new StorageEntry(origin, "fontSize", 2)]), "https://www.example.gov.tw/");
        var rule = new StorageRule(StorageKinds.LocalStorage, true, true, null, null);

        var evidence = Detector.Evaluate(rule, site);

        Assert.That(evidence != null, Is.EqualTo(found));
        if (found)
        {
            Assert.That(evidence!.Text, Is.EqualTo("localStorage fontSize"));
        }
    }
}
