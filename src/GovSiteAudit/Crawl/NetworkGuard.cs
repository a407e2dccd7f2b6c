using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Keeps the crawler off loopback, private and link-local networks (SSRF): a target list or a redirect must not
/// turn the auditor into a probe of the machine it runs on or of a cloud metadata endpoint.
/// </summary>
public static class NetworkGuard
{
    /// <summary>True when <paramref name="address"/> is an ordinary Internet address.</summary>
    public static bool IsPublic(IPAddress address) => Classify(address) is null;

    /// <summary>
    /// Null when the browser may load <paramref name="url"/>, else the reason in plain words, to follow the host name
    /// ("resolves to 10.0.0.5, a private address", "is a loopback address") or on its own (scheme). Only http and https
    /// are allowed. A name that does not resolve is allowed here: the browser then reports the DNS failure itself.
    /// </summary>
    public static Task<string?> CheckAsync(Uri url, bool allowPrivateNetwork, CancellationToken ct) =>
        CheckAsync(url, allowPrivateNetwork, Dns.GetHostAddressesAsync, ct);

    /// <summary>The same with another resolver (tests: names that resolve to private or metadata addresses).</summary>
    internal static async Task<string?> CheckAsync(
        Uri url, bool allowPrivateNetwork, Func<string, CancellationToken, Task<IPAddress[]>> resolve, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            var scheme = url.IsAbsoluteUri ? url.Scheme : "a relative address";
            return $"only http and https addresses are crawled, not {scheme}";
        }

        if (allowPrivateNetwork)
        {
            return null;
        }

        var host = url.IdnHost;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return Classify(literal) is { } kind ? $"is {Article(kind)} {kind} address" : null;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "resolves to the local machine (loopback)";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await resolve(host, ct).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return null;
        }

        foreach (var address in addresses)
        {
            if (Refusal(address) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>The addresses of <paramref name="host"/> that the guard allows (all of them when private networks are allowed).</summary>
    internal static async Task<IPAddress[]> ResolveAllowedAsync(string host, bool allowPrivateNetwork, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        return allowPrivateNetwork ? addresses : addresses.Where(IsPublic).ToArray();
    }

    private static string? Refusal(IPAddress address) =>
        Classify(address) is { } kind ? $"resolves to {address}, {Article(kind)} {kind} address" : null;

    // "a unique-local", but "an unspecified".
    private static string Article(string kind) =>
        "aeiou".Contains(kind[0], StringComparison.Ordinal) && !kind.StartsWith("uni", StringComparison.Ordinal) ? "an" : "a";

    /// <summary>The kind of non-public address, or null for a public one.</summary>
    internal static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => "unknown",
        };
    }

    private static string? ClassifyV4(byte[] b)
    {
        var value = (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
        foreach (var (network, prefix, kind) in V4Ranges)
        {
            var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
            if ((value & mask) == network)
            {
                return kind;
            }
        }

        return null;
    }

    // Most specific first: 255.255.255.255 is inside 240.0.0.0/4.
    private static readonly (uint Network, int Prefix, string Kind)[] V4Ranges =
    [
        (V4("255.255.255.255"), 32, "broadcast"),
        (V4("0.0.0.0"), 32, "unspecified"),
        (V4("0.0.0.0"), 8, "reserved"),
        (V4("10.0.0.0"), 8, "private"),
        (V4("100.64.0.0"), 10, "shared (carrier-grade NAT)"),
        (V4("127.0.0.0"), 8, "loopback"),
        (V4("169.254.0.0"), 16, "link-local"),
        (V4("172.16.0.0"), 12, "private"),
        (V4("192.0.0.0"), 24, "reserved"),
        (V4("192.0.2.0"), 24, "documentation"),
        (V4("192.168.0.0"), 16, "private"),
        (V4("198.18.0.0"), 15, "reserved"),
        (V4("198.51.100.0"), 24, "documentation"),
        (V4("203.0.113.0"), 24, "documentation"),
        (V4("224.0.0.0"), 4, "multicast"),
        (V4("240.0.0.0"), 4, "reserved"),
    ];

    private static uint V4(string dotted)
    {
        var parts = dotted.Split('.').Select(p => uint.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
    }

    private static string? ClassifyV6(byte[] b)
    {
        if (b.All(x => x == 0))
        {
            return "unspecified";
        }

        if (b.Take(15).All(x => x == 0) && b[15] == 1)
        {
            return "loopback";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "unique-local";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return "link-local";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return "site-local";
        }

        if (b[0] == 0xFF)
        {
            return "multicast";
        }

        // Forms that carry an IPv4 address inside: judge the IPv4 address.
        // IPv4-compatible ::a.b.c.d (deprecated) and NAT64 64:ff9b::/96.
        if (b.Take(12).All(x => x == 0) || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.Skip(4).Take(8).All(x => x == 0)))
        {
            return ClassifyV4(b[12..16]);
        }

        // 6to4 2002:a.b.c.d::/48.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return ClassifyV4(b[2..6]);
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return "documentation";
        }

        return null;
    }
}
