using GovSiteAudit.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

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

    /// <summary>A valid 250-character host name: labels of at most 63 characters.</summary>
    internal static string LongHost(char last = 'd') =>
        $"{new string('a', 63)}.{new string('b', 63)}.{new string('c', 63)}.{new string(last, 54)}.gov";

    [Test]
    public void Names_stay_short_for_the_longest_host_names_and_remain_distinct()
    {
        Assert.That(LongHost(), Has.Length.EqualTo(250));
        var a = SiteFileName.For($"https://{LongHost('d')}:8443/some/path?q=1");
        var b = SiteFileName.For($"https://{LongHost('e')}:8443/some/path?q=1");
        var c = SiteFileName.For($"https://{LongHost('d')}:8443/some/path?q=2");

        foreach (var name in new[] { a, b, c })
        {
            Assert.That(name.Length + ".json.gz.tmp".Length, Is.LessThanOrEqualTo(SiteFileName.MaxLength + 12).And.LessThan(255));
            Assert.That(name, Does.Match("^[a-z0-9._-]+$").And.StartWith("aaaa"));
        }

        Assert.That(new[] { a, b, c }, Is.Unique);
    }

    [Test]
    public void A_name_at_the_limit_is_kept_as_it_is()
    {
        var host = new string('h', SiteFileName.MaxLength - 4) + ".gov";

        Assert.That(SiteFileName.For($"https://{host}/"), Is.EqualTo(host));
    }
}
