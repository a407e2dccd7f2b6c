using System.Buffers;
using System.Net.Sockets;

namespace GovSiteAudit.Crawl;

/// <summary>
/// One connection from the browser to <see cref="EgressProxy"/>. A <c>CONNECT</c> becomes a tunnel to the one vetted
/// address for its host and port. Plain http requests are read one by one, each judged on its own host and port: the
/// browser keeps proxy connections alive and sends requests for any host over them, so an upstream connection serves
/// only the requests for the host it was opened to, and a request for another host closes it and opens a new one
/// through the guard. Upstream bytes are relayed untouched, so the browser sees a site's faults (resets, garbage,
/// broken chunks) as if it had connected itself.
/// </summary>
internal sealed class ProxyConnection(EgressProxy proxy, Socket client) : IDisposable
{
    private const int MaxHeadBytes = 64 * 1024;
    private static readonly byte[] Established = "HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray();
    private static readonly byte[] BadGateway = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();
    private static readonly byte[] BadRequest = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();

    /// <summary>How long a reset is held back, so the browser reads what was relayed before it (loopback drops unread data on RST).</summary>
    private static readonly TimeSpan ResetDelay = TimeSpan.FromMilliseconds(100);

    private readonly BufferedReceiver _receiver = new(client);
    private Upstream? _upstream;
    private int _disposed;

    public async Task ServeAsync(CancellationToken ct)
    {
        try
        {
            var head = await ReadHeadAsync(ct).ConfigureAwait(false);
            if (head is null)
            {
                return;
            }

            if (head.IsConnect)
            {
                await TunnelAsync(head, ct).ConfigureAwait(false);
            }
            else
            {
                await ForwardAsync(head, ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or InvalidDataException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser or the server went away, the request was not one a proxy serves, or the site is over.
        }
    }

    private async Task<RequestHead?> ReadHeadAsync(CancellationToken ct)
    {
        var bytes = await _receiver.ReadHeadAsync(MaxHeadBytes, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        if (RequestHead.Parse(bytes) is { } head)
        {
            return head;
        }

        await BufferedReceiver.SendAllAsync(client, BadRequest, ct).ConfigureAwait(false);
        throw new InvalidDataException("not an HTTP request");
    }

    private async Task TunnelAsync(RequestHead head, CancellationToken ct)
    {
        if (!head.TryTarget(out var host, out var port, out _))
        {
            await BufferedReceiver.SendAllAsync(client, BadRequest, ct).ConfigureAwait(false);
            return;
        }

        Socket server;
        try
        {
            server = await proxy.ConnectAsync(host, port, ct).ConfigureAwait(false);
        }
        catch (EgressException)
        {
            // Any answer but 2xx fails the tunnel (ERR_TUNNEL_CONNECTION_FAILED); the reason stays with the proxy.
            await BufferedReceiver.SendAllAsync(client, BadGateway, ct).ConfigureAwait(false);
            return;
        }

        _upstream = new Upstream(EgressFailure.Key(host, port), server);
        await BufferedReceiver.SendAllAsync(client, Established, ct).ConfigureAwait(false);
        await _receiver.FlushAsync(server, ct).ConfigureAwait(false);
        await Task.WhenAll(RelayAsync(client, server, ct), RelayAsync(server, client, ct)).ConfigureAwait(false);
    }

    private async Task ForwardAsync(RequestHead? head, CancellationToken ct)
    {
        for (; head is not null; head = await ReadHeadAsync(ct).ConfigureAwait(false))
        {
            if (head.IsConnect || !head.TryTarget(out var host, out var port, out var pathAndQuery) || head.ContentLength is not { } length)
            {
                await BufferedReceiver.SendAllAsync(client, BadRequest, ct).ConfigureAwait(false);
                return;
            }

            var key = EgressFailure.Key(host, port);
            if (_upstream is not { } upstream || upstream.Key != key || upstream.Ended)
            {
                if (_upstream is { } previous)
                {
                    // The previous answer is complete (the browser does not pipeline): this host gets a connection of its own.
                    await previous.RetireAsync().ConfigureAwait(false);
                }

                Socket server;
                try
                {
                    server = await proxy.ConnectAsync(host, port, ct).ConfigureAwait(false);
                }
                catch (EgressException)
                {
                    // No answer at all: a made-up one would be taken for the site's page. The reason stays with the proxy.
                    return;
                }

                upstream = new Upstream(key, server);
                _upstream = upstream;
                upstream.Answers = RelayAnswersAsync(upstream, ct);
            }

            await BufferedReceiver.SendAllAsync(upstream.Socket, head.ToOriginForm(pathAndQuery), ct).ConfigureAwait(false);
            if (head.Chunked)
            {
                await _receiver.CopyChunkedAsync(upstream.Socket, ct).ConfigureAwait(false);
            }
            else
            {
                await _receiver.CopyAsync(length, upstream.Socket, ct).ConfigureAwait(false);
            }

            if (head.IsUpgrade)
            {
                // A switched protocol (WebSocket) owns the connection from now on: no more requests to judge on it.
                await _receiver.FlushAsync(upstream.Socket, ct).ConfigureAwait(false);
                await RelayAsync(client, upstream.Socket, ct).ConfigureAwait(false);
                await upstream.Answers!.ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>Server to browser for plain http: when the server closes, so does the browser's connection (unless the upstream was retired).</summary>
    private async Task RelayAnswersAsync(Upstream upstream, CancellationToken ct)
    {
        await RelayAsync(upstream.Socket, client, ct, () => upstream.Retired).ConfigureAwait(false);
        upstream.Ended = true;
        if (!upstream.Retired)
        {
            Dispose();
        }
    }

    /// <summary>
    /// Copies <paramref name="from"/> to <paramref name="to"/> until the end: an orderly close is passed on as one
    /// (half-close), a reset as a reset.
    /// </summary>
    private async Task RelayAsync(Socket from, Socket to, CancellationToken ct, Func<bool>? quiet = null)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
        try
        {
            while (true)
            {
                int n;
                try
                {
                    n = await from.ReceiveAsync(buffer, SocketFlags.None, ct).ConfigureAwait(false);
                }
                catch (SocketException) when (quiet?.Invoke() != true)
                {
                    await ResetAsync(to, ct).ConfigureAwait(false);
                    return;
                }

                if (n == 0)
                {
                    if (quiet?.Invoke() != true)
                    {
                        to.Shutdown(SocketShutdown.Send);
                    }

                    return;
                }

                await BufferedReceiver.SendAllAsync(to, buffer.AsMemory(0, n), ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The other side is gone too, or the site is over.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task ResetAsync(Socket socket, CancellationToken ct)
    {
        await Task.Delay(ResetDelay, ct).ConfigureAwait(false);
        socket.LingerState = new LingerOption(true, 0);
        socket.Dispose();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            client.Dispose();
            _upstream?.Socket.Dispose();
        }
    }

    /// <summary>The server connection now serving this browser connection, for requests to <see cref="Key"/> only.</summary>
    private sealed class Upstream(string key, Socket socket)
    {
        public string Key { get; } = key;

        public Socket Socket { get; } = socket;

        private volatile bool _ended;
        private volatile bool _retired;

        public Task? Answers { get; set; }

        /// <summary>The server closed: a new request needs a new connection.</summary>
        public bool Ended
        {
            get => _ended;
            set => _ended = value;
        }

        /// <summary>Closed by the proxy because a request for another host came.</summary>
        public bool Retired => _retired;

        public async Task RetireAsync()
        {
            _retired = true;
            Socket.Dispose();
            if (Answers is { } answers)
            {
                await answers.ConfigureAwait(false);
            }
        }
    }
}
