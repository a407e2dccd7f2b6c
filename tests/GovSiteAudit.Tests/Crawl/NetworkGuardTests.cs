using System.Net;
using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class NetworkGuardTests
{
    [TestCase("127.0.0.1")]
    [TestCase("127.255.0.9")]
    [TestCase("10.0.0.5")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.254")]
    [TestCase("192.168.1.1")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.1")]
    [TestCase("100.127.255.255")]
    [TestCase("224.0.0.251")]
    [TestCase("239.255.255.250")]
    [TestCase("0.0.0.0")]
    [TestCase("255.255.255.255")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd12:3456:789a::1")]
    [TestCase("fe80::1")]
    [TestCase("febf::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.0.0.5")]
    [TestCase("::ffff:169.254.169.254")]
    [TestCase("64:ff9b::a00:5")]
    [TestCase("2002:a00:5::1")]
    public void Non_public_addresses_are_refused(string address)
    {
        Assert.That(NetworkGuard.IsPublic(IPAddress.Parse(address)), Is.False);
    }

    [TestCase("8.8.8.8")]
    [TestCase("1.1.1.1")]
    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.1")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.1")]
    [TestCase("192.169.0.1")]
    [TestCase("168.95.1.1")]
    [TestCase("2001:4860:4860::8888")]
    [TestCase("2404:6800:4012::200e")]
    [TestCase("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.That(NetworkGuard.IsPublic(IPAddress.Parse(address)), Is.True);
    }

    [TestCase("http://10.0.0.5/", "10.0.0.5 is a private address")]
    [TestCase("http://127.0.0.1:8080/", "127.0.0.1 is a loopback address")]
    [TestCase("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [TestCase("http://[::1]/", "::1 is a loopback address")]
    [TestCase("http://[::ffff:10.0.0.5]/", "::ffff:10.0.0.5 is a private address")]
    [TestCase("http://100.64.1.1/", "100.64.1.1 is a shared (carrier-grade NAT) address")]
    [TestCase("http://2130706433/", "127.0.0.1 is a loopback address")]
    [TestCase("http://0x7f.1/", "127.0.0.1 is a loopback address")]
    [TestCase("http://127.0.0.1./", "127.0.0.1. is a loopback address")]
    [TestCase("http://localhost:3000/", "localhost resolves to the local machine (loopback)")]
    [TestCase("http://localhost.:3000/", "localhost. resolves to the local machine (loopback)")]
    [TestCase("http://LOCALHOST/", "localhost resolves to the local machine (loopback)")]
    [TestCase("https://app.localhost/", "app.localhost resolves to the local machine (loopback)")]
    [TestCase("https://app.localhost./", "app.localhost. resolves to the local machine (loopback)")]
    public void Private_targets_are_refused_with_the_reason_before_any_lookup(string url, string reason)
    {
        Assert.That(NetworkGuard.CheckTarget(new Uri(url), allowPrivateNetwork: false), Is.EqualTo(reason));
    }

    [TestCase("ftp://example.gov.tw/", "only http and https addresses are crawled, not ftp")]
    [TestCase("file:///etc/passwd", "only http and https addresses are crawled, not file")]
    public void Only_http_and_https_are_allowed_even_on_private_networks(string url, string reason)
    {
        Assert.That(NetworkGuard.CheckTarget(new Uri(url), allowPrivateNetwork: true), Is.EqualTo(reason));
    }

    [Test]
    public void Private_targets_are_allowed_when_asked()
    {
        Assert.That(NetworkGuard.CheckTarget(new Uri("http://10.0.0.5/"), allowPrivateNetwork: true), Is.Null);
    }

    [TestCase("https://8.8.8.8/")]
    [TestCase("https://www.gov.tw/")]
    [TestCase("https://localhost.gov.tw/")]
    [TestCase("https://mylocalhost/")]
    public void Public_literals_and_names_pass_the_check_before_lookup(string url)
    {
        // Names are judged later, on the address connected to (GuardedConnectorTests).
        Assert.That(NetworkGuard.CheckTarget(new Uri(url), allowPrivateNetwork: false), Is.Null);
    }

    [Test]
    public void Refusal_names_the_resolved_address()
    {
        Assert.That(NetworkGuard.Classify(IPAddress.Parse("10.0.0.5")), Is.EqualTo("private"));
        Assert.That(NetworkGuard.Classify(IPAddress.Parse("203.0.113.7")), Is.EqualTo("documentation"));
        Assert.That(NetworkGuard.Refusal(IPAddress.Parse("169.254.169.254")), Is.EqualTo("resolves to 169.254.169.254, a link-local address"));
        Assert.That(NetworkGuard.Refusal(IPAddress.Parse("fd00:ec2::254")), Is.EqualTo("resolves to fd00:ec2::254, a unique-local address"));
    }

    [TestCase("localhost")]
    [TestCase("localhost.")]
    [TestCase("LocalHost")]
    [TestCase("a.b.localhost")]
    [TestCase("a.b.localhost..")]
    public void Every_spelling_of_a_loopback_name_is_one(string host)
    {
        Assert.That(NetworkGuard.IsLoopbackName(host), Is.True);
    }

    [TestCase("localhost.gov.tw")]
    [TestCase("notlocalhost")]
    [TestCase("localhostx")]
    public void Names_that_only_look_like_localhost_are_not_loopback_names(string host)
    {
        Assert.That(NetworkGuard.IsLoopbackName(host), Is.False);
    }

    [TestCase("127.1", "127.0.0.1")]
    [TestCase("0x7f.0.0.1", "127.0.0.1")]
    [TestCase("2130706433", "127.0.0.1")]
    [TestCase("017700000001", "127.0.0.1")]
    [TestCase("127.0.0.1.", "127.0.0.1")]
    [TestCase("[::1]", "::1")]
    [TestCase("::ffff:127.0.0.1", "::ffff:127.0.0.1")]
    public void Every_spelling_of_an_address_literal_is_that_address(string host, string address)
    {
        Assert.That(NetworkGuard.Literal(host), Is.EqualTo(IPAddress.Parse(address)));
    }

    [TestCase("evil.test")]
    [TestCase("1e3")]
    [TestCase("123.example")]
    public void Names_are_not_literals(string host)
    {
        Assert.That(NetworkGuard.Literal(host), Is.Null);
    }
}
