using NUnit.Framework;
using GovSiteAudit.Reporting;

namespace GovSiteAudit.Tests.Reporting;

public sealed class SiteFileNameTests
{
    [TestCase("https://www.taichung.gov.tw/", "www.taichung.gov.tw")]
    [TestCase("http://127.0.0.1:8080/", "127.0.0.1_8080")]
    [TestCase("http://www.taichung.gov.tw/", "www.taichung.gov.tw_http")]
    [TestCase("https://例子.台灣/", "xn--fsqu00a.xn--kpry57d")]
    public void Names_are_host_and_port(string url, string expected) =>
        Assert.That(SiteFileName.For(url), Is.EqualTo(expected));

    [Test]
    public void Two_targets_on_one_host_get_different_names()
    {
        var a = SiteFileName.For("https://www.gov.tw/a");
        var b = SiteFileName.For("https://www.gov.tw/b");

        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(a, Does.StartWith("www.gov.tw_"));
    }

    [TestCase("https://x/../../etc/passwd")]
    [TestCase("not a url/../..")]
    public void Names_never_leave_the_directory(string url)
    {
        var name = SiteFileName.For(url);

        Assert.That(name, Does.Match("^[a-z0-9._-]+$"));
        Assert.That(name, Does.Not.StartWith("."));
        Assert.That(Path.GetFileName(name), Is.EqualTo(name));
    }
}
