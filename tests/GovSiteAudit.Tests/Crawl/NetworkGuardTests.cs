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

    [TestCase("http://10.0.0.5/", "is a private address")]
    [TestCase("http://127.0.0.1:8080/", "is a loopback address")]
    [TestCase("http://169.254.169.254/latest/meta-data/", "is a link-local address")]
    [TestCase("http://[::1]/", "is a loopback address")]
    [TestCase("http://[::ffff:10.0.0.5]/", "is a private address")]
    [TestCase("http://100.64.1.1/", "is a shared (carrier-grade NAT) address")]
    [TestCase("http://localhost:3000/", "resolves to the local machine (loopback)")]
    [TestCase("https://app.localhost/", "resolves to the local machine (loopback)")]
    public async Task Private_targets_are_refused_with_the_reason(string url, string reason)
    {
        Assert.That(await NetworkGuard.CheckAsync(new Uri(url), allowPrivateNetwork: false, CancellationToken.None), Is.EqualTo(reason));
    }

    [TestCase("ftp://example.gov.tw/", "only http and https addresses are crawled, not ftp")]
    [TestCase("file:///etc/passwd", "only http and https addresses are crawled, not file")]
    public async Task Only_http_and_https_are_allowed_even_on_private_networks(string url, string reason)
    {
        Assert.That(await NetworkGuard.CheckAsync(new Uri(url), allowPrivateNetwork: true, CancellationToken.None), Is.EqualTo(reason));
    }

    [Test]
    public async Task Private_targets_are_allowed_when_asked()
    {
        Assert.That(await NetworkGuard.CheckAsync(new Uri("http://10.0.0.5/"), allowPrivateNetwork: true, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Public_address_literal_is_allowed_without_a_lookup()
    {
        Assert.That(await NetworkGuard.CheckAsync(new Uri("https://8.8.8.8/"), allowPrivateNetwork: false, CancellationToken.None), Is.Null);
    }

    [Test]
    public void Refusal_names_the_resolved_address()
    {
        Assert.That(NetworkGuard.Classify(IPAddress.Parse("10.0.0.5")), Is.EqualTo("private"));
        Assert.That(NetworkGuard.Classify(IPAddress.Parse("203.0.113.7")), Is.EqualTo("documentation"));
    }

    private static Func<string, CancellationToken, Task<IPAddress[]>> Resolver(params string[] addresses) =>
        (_, _) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());

    [TestCase("10.1.2.3", "resolves to 10.1.2.3, a private address")]
    [TestCase("192.168.0.10", "resolves to 192.168.0.10, a private address")]
    [TestCase("169.254.169.254", "resolves to 169.254.169.254, a link-local address")]
    [TestCase("100.100.100.200", "resolves to 100.100.100.200, a shared (carrier-grade NAT) address")]
    [TestCase("224.0.0.1", "resolves to 224.0.0.1, a multicast address")]
    [TestCase("127.0.0.2", "resolves to 127.0.0.2, a loopback address")]
    [TestCase("fd00:ec2::254", "resolves to fd00:ec2::254, a unique-local address")]
    [TestCase("fe80::1", "resolves to fe80::1, a link-local address")]
    [TestCase("::1", "resolves to ::1, a loopback address")]
    [TestCase("ff05::2", "resolves to ff05::2, a multicast address")]
    public async Task Public_looking_names_that_resolve_to_private_addresses_are_refused(string address, string reason)
    {
        var refusal = await NetworkGuard.CheckAsync(new Uri("https://www.agency.example.gov.tw/"), allowPrivateNetwork: false, Resolver(address), CancellationToken.None);

        Assert.That(refusal, Is.EqualTo(reason));
    }

    [Test]
    public async Task One_private_address_among_public_ones_is_enough_to_refuse()
    {
        // DNS answers rotate: a name with any private address could be served from it on the next lookup.
        var refusal = await NetworkGuard.CheckAsync(new Uri("https://mixed.example.gov.tw/"), allowPrivateNetwork: false, Resolver("203.74.1.1", "10.0.0.7"), CancellationToken.None);

        Assert.That(refusal, Is.EqualTo("resolves to 10.0.0.7, a private address"));
    }

    [Test]
    public async Task Names_that_resolve_to_public_addresses_are_allowed()
    {
        var refusal = await NetworkGuard.CheckAsync(new Uri("https://www.gov.tw/"), allowPrivateNetwork: false, Resolver("203.74.1.1", "2001:b000:180::1"), CancellationToken.None);

        Assert.That(refusal, Is.Null);
    }

    [Test]
    public async Task A_redirect_target_is_judged_like_a_target()
    {
        // The route handler vets every request, redirects included, with this same decision.
        var refusal = await NetworkGuard.CheckAsync(new Uri("http://metadata.google.internal/computeMetadata/v1/"), allowPrivateNetwork: false, Resolver("169.254.169.254"), CancellationToken.None);

        Assert.That(refusal, Is.EqualTo("resolves to 169.254.169.254, a link-local address"));
    }

    [Test]
    public async Task Names_that_do_not_resolve_are_left_to_the_browser_to_report()
    {
        Func<string, CancellationToken, Task<IPAddress[]>> failing = (_, _) => throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);

        Assert.That(await NetworkGuard.CheckAsync(new Uri("https://no-such.example.gov.tw/"), allowPrivateNetwork: false, failing, CancellationToken.None), Is.Null);
    }
}
