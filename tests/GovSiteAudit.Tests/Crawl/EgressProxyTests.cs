using System.Net;
using System.Net.Sockets;
using System.Text;
using GovSiteAudit.Crawl;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// The proxy spoken to as the browser speaks to it, over raw sockets. <c>evil.test</c> is public for the guard and
/// lands on <see cref="_public"/> (a loopback server); <see cref="_internal"/> stands for the internal network.
/// </summary>
public sealed class EgressProxyTests
{
    private static readonly IPAddress PublicAddress = IPAddress.Parse("93.184.215.14");

    private InternalServer _public = null!;
    private InternalServer _internal = null!;
    private EchoServer _echo = null!;
    private List<string> _lookups = null!;
    private List<IPEndPoint> _dialled = null!;
    private Func<int, IPAddress[]> _answer = null!;

    [SetUp]
    public void Start()
    {
        _public = InternalServer.Start("PUBLIC-PAGE");
        _internal = InternalServer.Start("INTERNAL-SECRET");
        _echo = new EchoServer();
        _lookups = [];
        _dialled = [];
        _answer = _ => [PublicAddress];
    }

    [TearDown]
    public void Stop()
    {
        _public.Dispose();
        _internal.Dispose();
        _echo.Dispose();
    }

    private EgressProxy StartProxy(bool allowPrivateNetwork = false) => EgressProxy.Start(new GuardedConnector(
        (host, _) =>
        {
            lock (_lookups)
            {
                _lookups.Add(host);
                return host == "evil.test" ? Task.FromResult(_answer(_lookups.Count)) : throw new SocketException((int)SocketError.HostNotFound);
            }
        },
        async (endpoint, ct) =>
        {
            lock (_dialled)
            {
                _dialled.Add(endpoint);
            }

            var real = endpoint.Address.Equals(PublicAddress) ? new IPEndPoint(IPAddress.Loopback, endpoint.Port) : endpoint;
            var socket = new Socket(real.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(real, ct);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }), allowPrivateNetwork, TimeSpan.FromSeconds(5));

    private static async Task<Socket> OpenAsync(EgressProxy proxy)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, proxy.Address.Port));
        return socket;
    }

    private static Task SendAsync(Socket socket, string text) => socket.SendAsync(Encoding.Latin1.GetBytes(text));

    /// <summary>Everything received until the other side closes or goes quiet for <paramref name="quiet"/>.</summary>
    private static async Task<string> ReceiveAsync(Socket socket, TimeSpan? quiet = null)
    {
        var text = new StringBuilder();
        var buffer = new byte[8192];
        while (true)
        {
            using var wait = new CancellationTokenSource(quiet ?? TimeSpan.FromSeconds(2));
            try
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, wait.Token);
                if (n == 0)
                {
                    return text.ToString();
                }

                text.Append(Encoding.Latin1.GetString(buffer, 0, n));
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                return text.ToString();
            }
        }
    }

    [Test]
    public async Task Connect_to_a_loopback_address_is_refused_with_502_and_the_reason_is_kept()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"CONNECT 127.0.0.1:{_internal.Port} HTTP/1.1\r\nHost: 127.0.0.1:{_internal.Port}\r\n\r\n");
        var answer = await ReceiveAsync(browser);

        Assert.That(answer, Does.StartWith("HTTP/1.1 502 "));
        Assert.That(_internal.Connections, Is.Zero);
        var failure = proxy.FailureFor(new Uri($"https://127.0.0.1:{_internal.Port}/"));
        Assert.That(failure?.Status, Is.EqualTo(SiteStatus.Blocked));
        Assert.That(failure?.Sentence, Is.EqualTo($"127.0.0.1:{_internal.Port} is a loopback address"));
        Assert.That(proxy.Refusals, Is.EqualTo(new[] { failure }));
    }

    [Test]
    public async Task Connect_to_a_public_host_is_a_tunnel_to_the_vetted_address()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"CONNECT evil.test:{_public.Port} HTTP/1.1\r\nHost: evil.test:{_public.Port}\r\n\r\n");
        var established = await ReceiveAsync(browser, TimeSpan.FromMilliseconds(500));
        await SendAsync(browser, "GET / HTTP/1.1\r\nHost: evil.test\r\n\r\n");
        var page = await ReceiveAsync(browser);

        Assert.That(established, Is.EqualTo("HTTP/1.1 200 Connection established\r\n\r\n"));
        Assert.That(page, Does.StartWith("HTTP/1.1 200 OK").And.Contain("PUBLIC-PAGE"));
        Assert.That(_dialled, Is.EqualTo(new[] { new IPEndPoint(PublicAddress, _public.Port) }));
    }

    [Test]
    public async Task Plain_request_goes_out_in_origin_form_without_proxy_headers()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"GET http://evil.test:{_echo.Port}/a/b?c=1 HTTP/1.1\r\nHost: evil.test:{_echo.Port}\r\nProxy-Connection: keep-alive\r\nProxy-Authorization: Basic eDp5\r\nAccept: text/html\r\n\r\n");
        var answer = await ReceiveAsync(browser, TimeSpan.FromMilliseconds(500));

        Assert.That(answer, Does.StartWith("HTTP/1.1 200 OK"));
        Assert.That(_echo.Received, Is.EqualTo($"GET /a/b?c=1 HTTP/1.1\r\nHost: evil.test:{_echo.Port}\r\nAccept: text/html\r\n\r\n"));
    }

    [Test]
    public async Task A_kept_alive_connection_never_carries_a_request_to_another_host()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"GET http://evil.test:{_echo.Port}/first HTTP/1.1\r\nHost: evil.test:{_echo.Port}\r\n\r\n");
        var first = await ReceiveAsync(browser, TimeSpan.FromMilliseconds(500));
        await SendAsync(browser, $"GET http://127.0.0.1:{_internal.Port}/secret HTTP/1.1\r\nHost: 127.0.0.1:{_internal.Port}\r\n\r\n");
        var second = await ReceiveAsync(browser);

        Assert.That(first, Does.StartWith("HTTP/1.1 200 OK"));
        Assert.That(second, Is.Empty, "the connection is closed without an answer");
        Assert.That(_internal.Connections, Is.Zero);
        Assert.That(_echo.Received, Does.Not.Contain("/secret"), "the request was not sent over the first host's connection either");
        Assert.That(proxy.FailureFor(new Uri($"http://127.0.0.1:{_internal.Port}/"))?.Status, Is.EqualTo(SiteStatus.Blocked));
    }

    [Test]
    public async Task A_request_body_is_relayed_as_a_body_and_the_next_head_judged_on_its_own()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);
        var smuggled = $"GET http://127.0.0.1:{_internal.Port}/secret HTTP/1.1\r\nHost: x\r\n\r\n";

        await SendAsync(browser, $"POST http://evil.test:{_echo.Port}/form HTTP/1.1\r\nHost: evil.test\r\nContent-Length: {smuggled.Length}\r\n\r\n{smuggled}");
        var first = await ReceiveAsync(browser, TimeSpan.FromMilliseconds(500));
        await SendAsync(browser, $"GET http://evil.test:{_echo.Port}/next HTTP/1.1\r\nHost: evil.test\r\n\r\n");
        var second = await ReceiveAsync(browser, TimeSpan.FromMilliseconds(500));

        Assert.That(first, Does.StartWith("HTTP/1.1 200 OK"));
        Assert.That(second, Does.StartWith("HTTP/1.1 200 OK"));
        Assert.That(_echo.Received, Does.Contain("/form").And.Contain(smuggled).And.Contain("GET /next HTTP/1.1"));
        Assert.That(_internal.Connections, Is.Zero);
    }

    [Test]
    public async Task A_name_is_resolved_once_per_site_so_a_rebinding_answer_is_never_used()
    {
        // The first answer is public, every later one loopback: the second connection still goes to the first answer.
        _answer = call => call == 1 ? [PublicAddress] : [IPAddress.Loopback];
        await using var proxy = StartProxy();

        foreach (var _ in new[] { 1, 2 })
        {
            using var browser = await OpenAsync(proxy);
            await SendAsync(browser, $"GET http://evil.test:{_public.Port}/ HTTP/1.1\r\nHost: evil.test\r\n\r\n");
            Assert.That(await ReceiveAsync(browser), Does.Contain("PUBLIC-PAGE"));
        }

        Assert.That(_lookups, Is.EqualTo(new[] { "evil.test" }));
        Assert.That(_dialled, Is.EqualTo(new[] { new IPEndPoint(PublicAddress, _public.Port), new IPEndPoint(PublicAddress, _public.Port) }));
    }

    [Test]
    public async Task A_name_that_does_not_resolve_is_a_dns_failure_for_each_port_asked()
    {
        await using var proxy = StartProxy();

        foreach (var port in new[] { 80, 8080 })
        {
            using var browser = await OpenAsync(proxy);
            await SendAsync(browser, $"GET http://nowhere.test:{port}/ HTTP/1.1\r\nHost: nowhere.test\r\n\r\n");
            Assert.That(await ReceiveAsync(browser), Is.Empty);
        }

        Assert.That(proxy.FailureFor(new Uri("http://nowhere.test:8080/"))?.Sentence, Is.EqualTo("the name nowhere.test does not resolve (DNS)"));
        Assert.That(proxy.FailureFor(new Uri("http://nowhere.test:8080/"))?.Port, Is.EqualTo(8080));
        Assert.That(proxy.Refusals, Is.Empty, "a DNS failure is not a refusal");
    }

    [Test]
    public async Task Private_networks_allowed_loopback_is_reached()
    {
        await using var proxy = StartProxy(allowPrivateNetwork: true);
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"GET http://localhost.:{_internal.Port}/ HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.That(await ReceiveAsync(browser), Does.Contain("INTERNAL-SECRET"));
        Assert.That(_lookups, Is.Empty, "localhost is never asked of DNS");
    }

    [TestCase("GET /relative HTTP/1.1\r\nHost: evil.test\r\n\r\n")]
    [TestCase("GET ftp://evil.test/ HTTP/1.1\r\nHost: evil.test\r\n\r\n")]
    [TestCase("GET http://user@evil.test/ HTTP/1.1\r\nHost: evil.test\r\n\r\n")]
    [TestCase("not http at all\r\n\r\n")]
    public async Task What_is_not_a_proxy_request_is_refused_with_400(string request)
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, request);

        Assert.That(await ReceiveAsync(browser), Does.StartWith("HTTP/1.1 400 "));
        Assert.That(_dialled, Is.Empty);
    }

    [Test]
    public async Task A_request_head_without_end_is_cut_off_and_nothing_is_dialled()
    {
        await using var proxy = StartProxy();
        using var browser = await OpenAsync(proxy);

        await SendAsync(browser, $"GET http://evil.test:{_echo.Port}/ HTTP/1.1\r\nX-Long: {new string('a', 70 * 1024)}");

        Assert.That(await ReceiveAsync(browser), Is.Empty, "the connection is closed");
        Assert.That(_dialled, Is.Empty);
    }

    /// <summary>Answers every request with "ok", keeps the connection open, and records every byte it received.</summary>
    private sealed class EchoServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly StringBuilder _received = new();

        public EchoServer()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public string Received
        {
            get
            {
                lock (_received)
                {
                    return _received.ToString();
                }
            }
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptSocketAsync();
                    _ = ServeAsync(client);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }
        }

        private async Task ServeAsync(Socket client)
        {
            using (client)
            {
                var pending = "";
                var buffer = new byte[8192];
                try
                {
                    int n;
                    while ((n = await client.ReceiveAsync(buffer)) > 0)
                    {
                        var text = Encoding.Latin1.GetString(buffer, 0, n);
                        lock (_received)
                        {
                            _received.Append(text);
                        }

                        // Answers each complete request: a head, then as many body bytes as its Content-Length says.
                        pending += text;
                        while (pending.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0)
                        {
                            var head = pending[..end];
                            var length = head.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                                .Select(l => int.Parse(l[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
                            if (pending.Length < end + 4 + length)
                            {
                                break;
                            }

                            pending = pending[(end + 4 + length)..];
                            await client.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"u8.ToArray());
                        }
                    }
                }
                catch (SocketException)
                {
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
