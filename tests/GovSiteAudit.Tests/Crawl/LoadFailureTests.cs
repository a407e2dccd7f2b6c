using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>Chromium errors that fixtures cannot produce on 127.0.0.1 (DNS, TLS, loops), mapped from their messages.</summary>
public sealed class LoadFailureTests
{
    private static readonly Uri Target = new("https://www.example.gov.tw/");

    [TestCase("net::ERR_NAME_NOT_RESOLVED at https://www.example.gov.tw/", "dns", "the name www.example.gov.tw does not resolve (DNS)")]
    [TestCase("net::ERR_CONNECTION_REFUSED at https://www.example.gov.tw/", "connection_refused", "www.example.gov.tw refused the connection on port 443")]
    [TestCase("net::ERR_CONNECTION_RESET at https://www.example.gov.tw/", "connection_reset", null)]
    [TestCase("net::ERR_EMPTY_RESPONSE at https://www.example.gov.tw/", "connection_reset", null)]
    [TestCase("net::ERR_CONNECTION_CLOSED at https://www.example.gov.tw/", "connection_reset", null)]
    [TestCase("net::ERR_CERT_DATE_INVALID at https://www.example.gov.tw/", "tls", null)]
    [TestCase("net::ERR_SSL_PROTOCOL_ERROR at https://www.example.gov.tw/", "tls", "the secure connection (TLS) to www.example.gov.tw failed (ERR_SSL_PROTOCOL_ERROR)")]
    [TestCase("net::ERR_TOO_MANY_REDIRECTS at https://www.example.gov.tw/", "too_many_redirects", null)]
    [TestCase("net::ERR_ABORTED at https://www.example.gov.tw/", "not_html", null)]
    [TestCase("Download is starting", "not_html", null)]
    [TestCase("net::ERR_INVALID_HTTP_RESPONSE at https://www.example.gov.tw/", "invalid_response", "www.example.gov.tw answered with something that is not HTTP (ERR_INVALID_HTTP_RESPONSE)")]
    [TestCase("net::ERR_CONTENT_LENGTH_MISMATCH at https://www.example.gov.tw/", "connection_reset", null)]
    [TestCase("net::ERR_ADDRESS_UNREACHABLE at https://www.example.gov.tw/", "network_error", null)]
    [TestCase("something odd happened\n  at stack", "network_error", "the home page https://www.example.gov.tw/ failed to load: something odd happened")]
    public void Playwright_errors_map_to_statuses(string message, string status, string? error)
    {
        var failure = LoadFailure.From(new PlaywrightException(message), Target, TimeSpan.FromSeconds(30), downloadStarted: false);

        Assert.That(failure.Status, Is.EqualTo(SiteStatus.Parse(status)));
        if (error is not null)
        {
            Assert.That(failure.Error, Is.EqualTo(error));
        }
    }

    [Test]
    public void Timeout_is_timeout()
    {
        var failure = LoadFailure.From(new TimeoutException("Timeout 30000ms exceeded."), Target, TimeSpan.FromSeconds(30), downloadStarted: false);

        Assert.That(failure, Is.EqualTo(new LoadFailure(SiteStatus.Timeout, "the home page https://www.example.gov.tw/ did not load within 30 s (timeout)")));
    }

    [TestCase("text/html", true)]
    [TestCase("text/html; charset=big5", true)]
    [TestCase("application/xhtml+xml", true)]
    [TestCase(null, true)]
    [TestCase("application/pdf", false)]
    [TestCase("text/plain", false)]
    public void Html_content_types(string? contentType, bool html)
    {
        Assert.That(LoadFailure.IsHtml(contentType), Is.EqualTo(html));
    }

    [TestCase(".example.gov.tw", "www.example.gov.tw", true)]
    [TestCase("www.example.gov.tw", "www.example.gov.tw", true)]
    // One first-party rule with storage (HostName.IsFirstParty): the site's registrable domain or below it. A cookie for
    // the public suffix itself is not the site's own (browsers refuse to set one anyway); a sibling subdomain's is.
    [TestCase("gov.tw", "www.example.gov.tw", false)]
    [TestCase("login.example.gov.tw", "www.example.gov.tw", true)]
    [TestCase("ample.gov.tw", "www.example.gov.tw", false)]
    [TestCase(".google-analytics.com", "www.example.gov.tw", false)]
    public void First_party_cookies(string domain, string host, bool firstParty)
    {
        Assert.That(SiteVisit.IsFirstParty(domain, host), Is.EqualTo(firstParty));
    }
}
