using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Tests.Support;

/// <summary>
/// An "internal" service on 127.0.0.1 (an admin panel, a metadata endpoint) that a hostile site wants the auditor to
/// read. Raw TCP, so that every connection is counted, whatever came over it: an HTTP request is answered with a page
/// holding <see cref="Secret"/>; a WebSocket handshake is accepted and <see cref="Secret"/> sent as a text message.
/// A UDP port (<see cref="UdpPort"/>) counts datagrams too (WebRTC's STUN requests).
/// </summary>
public sealed class InternalServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private int _connections;
    private int _datagrams;

    private InternalServer(string secret)
    {
        Secret = secret;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        UdpPort = ((IPEndPoint)_udp.Client.LocalEndPoint!).Port;
        _ = AcceptLoopAsync();
        _ = ReceiveLoopAsync();
    }

    /// <summary>What the service gives away: it must never reach a snapshot.</summary>
    public string Secret { get; }

    public int Port { get; }

    public int UdpPort { get; }

    /// <summary>UDP datagrams received so far on <see cref="UdpPort"/>.</summary>
    public int Datagrams => Volatile.Read(ref _datagrams);

    /// <summary>TCP connections accepted so far (each one a breach when private networks are not allowed).</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static InternalServer Start(string secret) => new(secret);

    /// <summary>An http URL of the service on 127.0.0.1.</summary>
    public string Url(string path = "/") => $"http://127.0.0.1:{Port}{path}";

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _udp.ReceiveAsync(_stop.Token);
                Interlocked.Increment(ref _datagrams);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                var key = head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Sec-WebSocket-Key", StringComparison.OrdinalIgnoreCase))
                    .Select(p => p[1].Trim()).FirstOrDefault();
                if (key is not null)
                {
                    var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(
                        $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"), _stop.Token);
                    var payload = Encoding.UTF8.GetBytes(Secret);
                    await stream.WriteAsync((byte[])[0x81, (byte)payload.Length, .. payload], _stop.Token);
                    await Task.Delay(TimeSpan.FromSeconds(10), _stop.Token);
                    return;
                }

                var body = $"<!DOCTYPE html><html><head><title>{Secret}</title></head><body><h1>{Secret}</h1><a href=\"/admin/{Secret}\">{Secret} admin</a></body></html>";
                var bytes = Encoding.UTF8.GetBytes(body);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), _stop.Token);
                await stream.WriteAsync(bytes, _stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var seen = new StringBuilder();
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && seen.Length < 65536)
        {
            var n = await stream.ReadAsync(buffer, _stop.Token);
            if (n == 0)
            {
                break;
            }

            seen.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        return seen.ToString();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _udp.Dispose();
        _stop.Dispose();
    }
}
