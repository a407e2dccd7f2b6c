using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The HTTP proxy on 127.0.0.1 that one site's browser context sends all its traffic through (loopback included:
/// the context's bypass list is <c>&lt;-loopback&gt;</c>). Every connection the page causes — each hop of a
/// redirect, meta refresh and script navigation, frame, fetch/XHR, beacon, WebSocket — is a <c>CONNECT</c> or a plain
/// http request here, and each one is made by <see cref="GuardedConnector"/>: resolved once per site, non-public
/// addresses refused unless private networks are allowed, connected to the vetted address. The browser only sees a
/// tunnel fail, so the proxy keeps why (<see cref="FailureFor"/>) for the crawler to report the real status.
/// </summary>
internal sealed class EgressProxy : IAsyncDisposable
{
    private readonly GuardedConnector _connector;
    private readonly bool _allowPrivateNetwork;
    private readonly TimeSpan _connectTimeout;
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationToken _stopping;
    private readonly ConcurrentDictionary<string, Lazy<Task<IPAddress[]>>> _resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, EgressFailure> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EgressFailure> _refusals = new();
    private readonly ConcurrentDictionary<ProxyConnection, byte> _connections = new();
    private readonly Task _accepting;

    private EgressProxy(GuardedConnector connector, bool allowPrivateNetwork, TimeSpan connectTimeout)
    {
        _connector = connector;
        _allowPrivateNetwork = allowPrivateNetwork;
        _connectTimeout = connectTimeout;
        _stopping = _stop.Token;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(128);
        Address = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture));
        _accepting = AcceptAsync();
    }

    /// <summary>Where the browser context sends its traffic, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>Blocked connections (the guard's refusals), the first of each host and port, in order.</summary>
    public IReadOnlyList<EgressFailure> Refusals => [.. _refusals];

    /// <param name="connectTimeout">How long a connection may take before it is given up (the page timeout: the page would have failed by then).</param>
    public static EgressProxy Start(GuardedConnector connector, bool allowPrivateNetwork, TimeSpan connectTimeout) =>
        new(connector, allowPrivateNetwork, connectTimeout);

    /// <summary>Why the last connection to the host and port of <paramref name="url"/> was not made, if it was not.</summary>
    public EgressFailure? FailureFor(Uri url) =>
        url.IsAbsoluteUri ? _failures.GetValueOrDefault(EgressFailure.Key(url.IdnHost, url.Port)) : null;

    /// <summary>
    /// Connects to <paramref name="host"/>:<paramref name="port"/> through the guard. The name is resolved once for the
    /// whole site, so every connection to it goes to addresses vetted together. A failure is recorded, then thrown.
    /// </summary>
    internal async Task<Socket> ConnectAsync(string host, int port, CancellationToken ct)
    {
        try
        {
            var resolution = _resolved.GetOrAdd(host, h => new Lazy<Task<IPAddress[]>>(
                () => _connector.ResolveAsync(h, port, _allowPrivateNetwork, _stopping))).Value;
            IPAddress[] addresses;
            try
            {
                addresses = await resolution.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (EgressException e)
            {
                // The resolution was shared with a connection to another port: report this port.
                throw new EgressException(e.Failure with { Port = port });
            }

            var socket = await _connector.ConnectAsync(host, port, addresses, _connectTimeout, ct).ConfigureAwait(false);
            _failures.TryRemove(EgressFailure.Key(host, port), out _);
            return socket;
        }
        catch (EgressException e)
        {
            var key = EgressFailure.Key(host, port);
            if (e.Failure.Status == SiteStatus.Blocked && !_failures.ContainsKey(key))
            {
                _refusals.Enqueue(e.Failure);
            }

            _failures[key] = e.Failure;
            throw;
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            client.NoDelay = true;
            var connection = new ProxyConnection(this, client);
            _connections[connection] = 0;
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(ProxyConnection connection)
    {
        try
        {
            await connection.ServeAsync(_stopping).ConfigureAwait(false);
        }
        finally
        {
            connection.Dispose();
            _connections.TryRemove(connection, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        foreach (var connection in _connections.Keys)
        {
            connection.Dispose();
        }

        await _accepting.ConfigureAwait(false);
    }
}
