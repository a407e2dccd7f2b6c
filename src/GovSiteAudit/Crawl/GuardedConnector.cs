using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The one way out to the network for everything the tool connects to: the browser (through <see cref="EgressProxy"/>),
/// robots.txt and the certificate check. A name is resolved once, the addresses <see cref="NetworkGuard"/> refuses are
/// dropped (unless private networks are allowed), and the connection goes to one of those left: what is judged is
/// what is connected to, so a name that answers a public address to a check and a private one to the connection
/// (DNS rebinding) gets nowhere. A name that does not resolve is a DNS failure, never "public"; the names of this
/// machine (<c>localhost</c>, <c>*.localhost</c>) and address literals in any spelling never reach DNS.
/// </summary>
internal sealed class GuardedConnector
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
    private readonly Func<IPEndPoint, CancellationToken, Task<Socket>> _dial;

    /// <param name="resolve">Name to addresses (the system's DNS; tests map names of their own).</param>
    /// <param name="dial">Opens a TCP connection to a vetted address (tests send "public" addresses to loopback servers).</param>
    public GuardedConnector(Func<string, CancellationToken, Task<IPAddress[]>> resolve, Func<IPEndPoint, CancellationToken, Task<Socket>> dial)
    {
        _resolve = resolve;
        _dial = dial;
    }

    /// <summary>The system's resolver and plain TCP.</summary>
    public static GuardedConnector System { get; } = new(Dns.GetHostAddressesAsync, DialAsync);

    /// <summary>
    /// The addresses of <paramref name="host"/> that may be connected to, IPv4 first. Throws <see cref="EgressException"/>:
    /// <see cref="SiteStatus.Dns"/> when the name does not resolve, <see cref="SiteStatus.Blocked"/> when no address is allowed.
    /// </summary>
    public async Task<IPAddress[]> ResolveAsync(string host, int port, bool allowPrivateNetwork, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        if (NetworkGuard.Literal(bare) is { } literal)
        {
            return allowPrivateNetwork || NetworkGuard.Classify(literal) is not { } kind
                ? [literal]
                : throw Failure(bare, port, SiteStatus.Blocked, NetworkGuard.Describe(kind));
        }

        if (NetworkGuard.IsLoopbackName(bare))
        {
            return allowPrivateNetwork ? [IPAddress.Loopback, IPAddress.IPv6Loopback] : throw Failure(bare, port, SiteStatus.Blocked, NetworkGuard.LoopbackName);
        }

        IPAddress[] addresses;
        try
        {
            addresses = await _resolve(bare, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or ArgumentException)
        {
            throw Failure(bare, port, SiteStatus.Dns, "does not resolve");
        }

        if (addresses.Length == 0)
        {
            throw Failure(bare, port, SiteStatus.Dns, "does not resolve");
        }

        var allowed = allowPrivateNetwork ? addresses : addresses.Where(NetworkGuard.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw Failure(bare, port, SiteStatus.Blocked, NetworkGuard.Refusal(addresses[0])!);
        }

        // IPv4 first: a machine without IPv6 routes can wait a long time on an IPv6 address before giving up.
        return [.. allowed.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)];
    }

    /// <summary>Resolves through the guard, then connects to an allowed address within <paramref name="timeout"/>.</summary>
    public async Task<Socket> ConnectAsync(string host, int port, bool allowPrivateNetwork, TimeSpan timeout, CancellationToken ct)
    {
        var addresses = await ResolveAsync(host, port, allowPrivateNetwork, ct).ConfigureAwait(false);
        return await ConnectAsync(host, port, addresses, timeout, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Connects to the first of <paramref name="addresses"/> (already vetted by <see cref="ResolveAsync"/>) that answers.
    /// Throws <see cref="EgressException"/> with the status of the last failure (refused, timeout, unreachable).
    /// </summary>
    public async Task<Socket> ConnectAsync(string host, int port, IReadOnlyList<IPAddress> addresses, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var bare = host.Trim('[', ']');
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(timeout);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            try
            {
                return await _dial(new IPEndPoint(address, port), budget.Token).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                last = e;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                var seconds = timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
                throw Failure(bare, port, SiteStatus.Timeout, $"did not accept a connection within {seconds} s (timeout)");
            }
        }

        throw last?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => Failure(bare, port, SiteStatus.ConnectionRefused, "refused the connection"),
            SocketError.TimedOut => Failure(bare, port, SiteStatus.Timeout, "did not accept a connection (timeout)"),
            { } code => Failure(bare, port, SiteStatus.NetworkError, $"could not be reached ({code})"),
            null => Failure(bare, port, SiteStatus.NetworkError, "has no address to connect to"),
        };
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> through the guard, for the tool's own HTTP requests (robots.txt).</summary>
    public Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivateNetwork, TimeSpan timeout) =>
        async (context, ct) =>
        {
            var socket = await ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, allowPrivateNetwork, timeout, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        };

    private static EgressException Failure(string host, int port, SiteStatus status, string reason) => new(new EgressFailure(host, port, status, reason));

    private static async Task<Socket> DialAsync(IPEndPoint endpoint, CancellationToken ct)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, ct).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
