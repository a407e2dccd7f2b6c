using GovSiteAudit.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

public sealed class HostNameTests
{
    [TestCase("www.a.gov.tw", "a.gov.tw")]
    [TestCase("WWW.a.gov.tw", "a.gov.tw")]
    [TestCase("a.gov.tw", "a.gov.tw")]
    [TestCase("wwwa.gov.tw", "wwwa.gov.tw")]
    public void Www_is_stripped_once(string host, string expected) =>
        Assert.That(HostName.WithoutWww(host), Is.EqualTo(expected));

    // Cookies (by domain, maybe with a leading dot) and localStorage (by origin host) follow the same rule.
    [TestCase(".example.gov.tw", "www.example.gov.tw", true)]
    [TestCase("example.gov.tw", "www.example.gov.tw", true)]
    [TestCase("login.example.gov.tw", "www.example.gov.tw", true)]
    [TestCase("www.example.gov.tw.", "www.example.gov.tw", true)]
    [TestCase("gov.tw", "www.example.gov.tw", false)]
    [TestCase("ample.gov.tw", "www.example.gov.tw", false)]
    [TestCase(".google-analytics.com", "www.example.gov.tw", false)]
    [TestCase("127.0.0.1", "127.0.0.1", true)]
    [TestCase("127.0.0.2", "127.0.0.1", false)]
    public void First_party_is_the_sites_registrable_domain_or_below(string host, string siteHost, bool firstParty) =>
        Assert.That(HostName.IsFirstParty(host, siteHost), Is.EqualTo(firstParty));

    [TestCase("www.taichung.gov.tw", "taichung.gov.tw")]
    [TestCase("www.usa.gov", "usa.gov")]
    [TestCase("www.bbc.co.uk", "bbc.co.uk")]
    [TestCase("a.b.example.com.tw", "example.com.tw")]
    [TestCase("127.0.0.1", "127.0.0.1")]
    [TestCase("localhost", "localhost")]
    public void Registrable_domain(string host, string expected)
    {
        Assert.That(HostName.RegistrableDomain(host), Is.EqualTo(expected));
    }

    [TestCase("facebook.com", "facebook.com", true)]
    [TestCase("m.facebook.com", "facebook.com", true)]
    [TestCase("notfacebook.com", "facebook.com", false)]
    [TestCase("facebook.com.evil.example", "facebook.com", false)]
    public void A_host_is_within_its_domain_and_the_domains_subdomains_only(string host, string domain, bool within)
    {
        Assert.That(HostName.IsWithin(host, domain), Is.EqualTo(within));
    }
}
