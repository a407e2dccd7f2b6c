using GovSiteAudit.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

public sealed class UserInfoTests
{
    [TestCase("https://user:pass@a.gov.tw/x", "https://a.gov.tw/x")]
    [TestCase("http://user@a.gov.tw:8080/", "http://a.gov.tw:8080/")]
    [TestCase("the browser died while http://u:p%40ss@a.gov.tw/ was crawled; see ftp://x:y@b/", "the browser died while http://a.gov.tw/ was crawled; see ftp://b/")]
    [TestCase("a[href=\"http://admin:hunter2@127.0.0.1:80/p\"]", "a[href=\"http://127.0.0.1:80/p\"]")]
    [TestCase("https://a@b@c.gov.tw/", "https://c.gov.tw/")]
    [TestCase("mailto:service@a.gov.tw", "mailto:service@a.gov.tw")]
    [TestCase("https://a.gov.tw/contact?to=me@a.gov.tw", "https://a.gov.tw/contact?to=me@a.gov.tw")]
    [TestCase("https://a.gov.tw/@user", "https://a.gov.tw/@user")]
    public void User_information_is_removed_from_urls_in_text(string text, string expected) =>
        Assert.That(UserInfo.Redact(text), Is.EqualTo(expected));

    [Test]
    public void Targets_lose_their_credentials_and_differing_only_in_them_are_duplicates()
    {
        var list = TargetListReader.Read(["https://alice:one@a.gov.tw/", "https://bob:two@a.gov.tw/", "https://b.gov.tw/", "carol:three@c.gov.tw"]);

        Assert.That(list.Targets.Select(t => t.Url), Is.EqualTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/" }));
        Assert.That(list.CredentialsRemovedAt, Has.Count.EqualTo(3));
        Assert.That(list.Problems.Single().Message, Does.Contain("duplicate of").And.Not.Contain("two"));
    }

    [Test]
    public void A_refused_line_is_echoed_without_its_password()
    {
        var (url, error) = TargetListReader.NormalizeUrl("ftp://alice:s3cret@files.gov.tw/");

        Assert.That(url, Is.Null);
        Assert.That(error, Does.Not.Contain("s3cret").And.Contain("ftp"));
    }
}
