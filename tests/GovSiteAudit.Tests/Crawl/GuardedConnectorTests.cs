using System.Net;
using System.Net.Sockets;
using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The connector every outbound connection goes through, with a resolver and a dialler of the test's own: what the
/// guard refuses is never dialled, and what is dialled is exactly an address it judged.
/// </summary>
public sealed class GuardedConnectorTests
{
    /// <summary>A resolver that answers the given addresses for every name and counts its calls; a dialler that records every endpoint and connects to a local listener.</summary>
    private sealed class FakeNetwork : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public FakeNetwork(Func<string, IPAddress[]> answer)
        {
            _listener.Start();
            Connector = new GuardedConnector(
                (host, _) =>
                {
                    Interlocked.Increment(ref Lookups);
                    return Task.FromResult(answer(host));
                },
                async (endpoint, ct) =>
                {
                    lock (Dialled)
                    {
                        Dialled.Add(endpoint);
                    }

                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    await socket.ConnectAsync((IPEndPoint)_listener.LocalEndpoint, ct);
                    return socket;
                });
        }

        public GuardedConnector Connector { get; }

        public List<IPEndPoint> Dialled { get; } = [];

        public int Lookups;

        public void Dispose() => _listener.Stop();
    }

    private static IPAddress[] Addresses(params string[] addresses) => [.. addresses.Select(IPAddress.Parse)];

    [TestCase("10.1.2.3", "resolves to 10.1.2.3, a private address")]
    [TestCase("192.168.0.10", "resolves to 192.168.0.10, a private address")]
    [TestCase("169.254.169.254", "resolves to 169.254.169.254, a link-local address")]
    [TestCase("100.100.100.200", "resolves to 100.100.100.200, a shared (carrier-grade NAT) address")]
    [TestCase("127.0.0.2", "resolves to 127.0.0.2, a loopback address")]
    [TestCase("fd00:ec2::254", "resolves to fd00:ec2::254, a unique-local address")]
    [TestCase("::1", "resolves to ::1, a loopback address")]
    [TestCase("::ffff:10.0.0.1", "resolves to ::ffff:10.0.0.1, a private address")]
    public void Name_that_resolves_only_to_non_public_addresses_is_blocked_and_never_dialled(string address, string reason)
    {
        using var network = new FakeNetwork(_ => Addresses(address));

        var refused = Assert.ThrowsAsync<EgressException>(() =>
            network.Connector.ConnectAsync("www.agency.example.gov.tw", 443, allowPrivateNetwork: false, TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.That(refused!.Failure.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(refused.Failure.Sentence, Is.EqualTo("www.agency.example.gov.tw:443 " + reason));
        Assert.That(network.Dialled, Is.Empty);
    }

    [Test]
    public async Task Only_the_public_addresses_of_a_mixed_answer_are_dialled()
    {
        // A name with a private address among public ones: the private one is dropped, never tried.
        using var network = new FakeNetwork(_ => Addresses("10.0.0.7", "fd00::7", "203.74.1.1"));

        using var socket = await network.Connector.ConnectAsync("mixed.example.gov.tw", 443, allowPrivateNetwork: false, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.That(network.Dialled, Is.EqualTo(new[] { new IPEndPoint(IPAddress.Parse("203.74.1.1"), 443) }));
    }

    [Test]
    public async Task Private_addresses_are_dialled_when_private_networks_are_allowed()
    {
        using var network = new FakeNetwork(_ => Addresses("10.0.0.7"));

        using var socket = await network.Connector.ConnectAsync("intranet.example", 80, allowPrivateNetwork: true, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.That(network.Dialled, Is.EqualTo(new[] { new IPEndPoint(IPAddress.Parse("10.0.0.7"), 80) }));
    }

    [Test]
    public void Name_that_does_not_resolve_is_a_dns_failure_never_public()
    {
        var dialled = false;
        var connector = new GuardedConnector(
            (_, _) => throw new SocketException((int)SocketError.HostNotFound),
            (_, _) =>
            {
                dialled = true;
                throw new SocketException((int)SocketError.ConnectionRefused);
            });

        var failed = Assert.ThrowsAsync<EgressException>(() =>
            connector.ConnectAsync("no-such.example.gov.tw", 443, allowPrivateNetwork: false, TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.That(failed!.Failure.Status, Is.EqualTo(SiteStatus.Dns));
        Assert.That(failed.Failure.Sentence, Is.EqualTo("the name no-such.example.gov.tw does not resolve (DNS)"));
        Assert.That(dialled, Is.False);
    }

    [Test]
    public void Empty_answer_is_a_dns_failure()
    {
        using var network = new FakeNetwork(_ => []);

        var failed = Assert.ThrowsAsync<EgressException>(() => network.Connector.ResolveAsync("empty.example", 80, allowPrivateNetwork: true, CancellationToken.None));

        Assert.That(failed!.Failure.Status, Is.EqualTo(SiteStatus.Dns));
    }

    [TestCase("localhost")]
    [TestCase("localhost.")]
    [TestCase("LOCALHOST")]
    [TestCase("admin.localhost")]
    [TestCase("admin.localhost.")]
    public void Loopback_names_are_blocked_without_asking_dns(string host)
    {
        using var network = new FakeNetwork(_ => Addresses("203.74.1.1"));

        var refused = Assert.ThrowsAsync<EgressException>(() =>
            network.Connector.ConnectAsync(host, 80, allowPrivateNetwork: false, TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.That(refused!.Failure.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(refused.Failure.Reason, Is.EqualTo("resolves to the local machine (loopback)"));
        Assert.That(network.Lookups, Is.Zero, "DNS is never asked what localhost is");
        Assert.That(network.Dialled, Is.Empty);
    }

    [Test]
    public async Task Loopback_names_are_the_loopback_addresses_when_private_networks_are_allowed()
    {
        using var network = new FakeNetwork(_ => Addresses("203.74.1.1"));

        var addresses = await network.Connector.ResolveAsync("localhost.", 80, allowPrivateNetwork: true, CancellationToken.None);

        Assert.That(addresses, Is.EqualTo(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }));
        Assert.That(network.Lookups, Is.Zero);
    }

    [TestCase("127.1", "is a loopback address")]
    [TestCase("2130706433", "is a loopback address")]
    [TestCase("0x7f.0.0.1", "is a loopback address")]
    [TestCase("127.0.0.1.", "is a loopback address")]
    [TestCase("[::1]", "is a loopback address")]
    [TestCase("::ffff:7f00:1", "is a loopback address")]
    [TestCase("10.0.0.5", "is a private address")]
    [TestCase("169.254.169.254", "is a link-local address")]
    [TestCase("0.0.0.0", "is an unspecified address")]
    public void Address_literals_in_any_spelling_are_judged_as_addresses_without_dns(string host, string reason)
    {
        using var network = new FakeNetwork(_ => Addresses("203.74.1.1"));

        var refused = Assert.ThrowsAsync<EgressException>(() =>
            network.Connector.ConnectAsync(host, 80, allowPrivateNetwork: false, TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.That(refused!.Failure.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(refused.Failure.Reason, Is.EqualTo(reason));
        Assert.That(network.Lookups, Is.Zero);
        Assert.That(network.Dialled, Is.Empty);
    }

    [Test]
    public void Closed_port_is_connection_refused()
    {
        var closed = FixtureServer.ClosedPortUrl();

        var failed = Assert.ThrowsAsync<EgressException>(() =>
            GuardedConnector.System.ConnectAsync(closed.Host, closed.Port, allowPrivateNetwork: true, TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.That(failed!.Failure.Status, Is.EqualTo(SiteStatus.ConnectionRefused));
        Assert.That(failed.Failure.Sentence, Is.EqualTo($"127.0.0.1 refused the connection on port {closed.Port}"));
    }

    [Test]
    public void Connection_that_never_completes_is_a_timeout()
    {
        var connector = new GuardedConnector(
            (_, _) => Task.FromResult(Addresses("203.74.1.1")),
            async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                throw new InvalidOperationException("unreachable");
            });

        var failed = Assert.ThrowsAsync<EgressException>(() =>
            connector.ConnectAsync("slow.example.gov.tw", 443, allowPrivateNetwork: false, TimeSpan.FromMilliseconds(200), CancellationToken.None));

        Assert.That(failed!.Failure.Status, Is.EqualTo(SiteStatus.Timeout));
        Assert.That(failed.Failure.Sentence, Is.EqualTo("slow.example.gov.tw:443 did not accept a connection within 0.2 s (timeout)"));
    }

    [Test]
    public async Task Robots_txt_is_fetched_through_the_connector()
    {
        // robots.txt of a public-looking name is fetched from the address the connector vetted (here: a loopback server).
        using var server = InternalServer.Start("User-agent: *");
        var dialled = new List<IPEndPoint>();
        var connector = new GuardedConnector(
            (_, _) => Task.FromResult(Addresses("203.74.1.1")),
            async (endpoint, ct) =>
            {
                dialled.Add(endpoint);
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), ct);
                return socket;
            });

        await RobotsTxt.FetchAsync(new Uri($"http://www.example.gov.tw:{server.Port}/"), new CrawlOptions(), connector, CancellationToken.None);

        Assert.That(dialled, Is.EqualTo(new[] { new IPEndPoint(IPAddress.Parse("203.74.1.1"), server.Port) }));
        Assert.That(server.Connections, Is.EqualTo(1));
    }
}
