using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Keeps the crawler off loopback, private and link-local networks (SSRF): a target list, a redirect or a page's
/// script must not turn the auditor into a probe of the machine it runs on or of a cloud metadata endpoint. This
/// class says which addresses and names are not public; <see cref="GuardedConnector"/> applies it to every
/// connection, on the address actually connected to.
/// </summary>
public static class NetworkGuard
{
    /// <summary>True when <paramref name="address"/> is an ordinary Internet address.</summary>
    public static bool IsPublic(IPAddress address) => Classify(address) is null;

    /// <summary>
    /// Null when a site may be crawled from <paramref name="url"/> as far as can be told without asking DNS, else the
    /// reason: only http and https; an address literal must be public and a loopback name (<c>localhost</c>,
    /// <c>*.localhost</c>, with or without the closing dot) is refused. Names are judged later, on the address that
    /// <see cref="GuardedConnector"/> connects to.
    /// </summary>
    public static string? CheckTarget(Uri url, bool allowPrivateNetwork)
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
        if (Literal(host) is { } literal)
        {
            return Classify(literal) is { } kind ? $"{host.Trim('[', ']')} {Describe(kind)}" : null;
        }

        return IsLoopbackName(host) ? $"{host} {LoopbackName}" : null;
    }

    /// <summary>What is said of a loopback name (<c>localhost</c> and its kin), after the name.</summary>
    internal const string LoopbackName = "resolves to the local machine (loopback)";

    /// <summary>
    /// True for the names that mean this machine whatever DNS says (RFC 6761): <c>localhost</c> and every name under
    /// it, in any case, with or without the closing dot.
    /// </summary>
    public static bool IsLoopbackName(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The address when <paramref name="host"/> is an address literal in any spelling a browser accepts (brackets,
    /// <c>127.1</c>, <c>0x7f.0.0.1</c>, <c>2130706433</c>, a closing dot), else null.
    /// </summary>
    public static IPAddress? Literal(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        if (bare.EndsWith('.') && !bare.Contains(':', StringComparison.Ordinal))
        {
            bare = bare[..^1];
        }

        // A name never starts with a digit and has no colon when it is not an address (a top-level domain is never numeric).
        return bare.Length > 0 && (char.IsAsciiDigit(bare[0]) || bare.Contains(':', StringComparison.Ordinal)) && IPAddress.TryParse(bare, out var address)
            ? address
            : null;
    }

    /// <summary>"is a loopback address", "is a private address" … for an address of that kind.</summary>
    internal static string Describe(string kind) => $"is {Article(kind)} {kind} address";

    /// <summary>Null for a public address, else why it is refused ("resolves to 10.0.0.5, a private address").</summary>
    internal static string? Refusal(IPAddress address) =>
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
