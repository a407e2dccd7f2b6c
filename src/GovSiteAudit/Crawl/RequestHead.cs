using System.Globalization;
using System.Text;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The head of one request the browser sent to <see cref="EgressProxy"/>: <c>CONNECT host:port</c> (https, WebSockets)
/// or a plain http request in absolute form (<c>GET http://host:port/path HTTP/1.1</c>). Bytes are kept as Latin-1 so
/// that header values the proxy does not touch go out exactly as they came.
/// </summary>
internal sealed record RequestHead(string Method, string Target, string Version, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Parses a head (request line and headers, up to and including the empty line); null when it is not one.</summary>
    public static RequestHead? Parse(ReadOnlySpan<byte> bytes)
    {
        var lines = Encoding.Latin1.GetString(bytes).Split("\r\n");
        var start = lines[0].Split(' ');
        if (start.Length != 3 || start[0].Length == 0 || start[1].Length == 0 || !start[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            return null;
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return new RequestHead(start[0], start[1], start[2], headers);
    }

    public bool IsConnect => Method.Equals("CONNECT", StringComparison.OrdinalIgnoreCase);

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>True when the body is chunked (any transfer coding ends in chunked for a request).</summary>
    public bool Chunked => Header("Transfer-Encoding") is { } coding && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body length, 0 when there is none; null when the header is not a number (the request is refused).</summary>
    public long? ContentLength =>
        Header("Content-Length") is not { } value ? 0
        : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length
        : null;

    /// <summary>A protocol switch (a WebSocket sent as a plain request): after it the connection is a tunnel.</summary>
    public bool IsUpgrade => Header("Upgrade") is { Length: > 0 };

    /// <summary>Splits the target of CONNECT (<c>host:port</c>) or of an absolute http request.</summary>
    public bool TryTarget(out string host, out int port, out string pathAndQuery)
    {
        host = "";
        port = 0;
        pathAndQuery = "/";
        string authority;
        if (IsConnect)
        {
            authority = Target;
        }
        else
        {
            const string Http = "http://";
            if (!Target.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = Target[Http.Length..];
            var end = rest.IndexOfAny(['/', '?']);
            authority = end < 0 ? rest : rest[..end];
            pathAndQuery = end < 0 ? "/" : rest[end] == '?' ? "/" + rest[end..] : rest[end..];
        }

        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var close = authority.LastIndexOf(']');
        var colon = authority.LastIndexOf(':');
        if (colon > close)
        {
            host = authority[..colon];
            if (!int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                return false;
            }
        }
        else
        {
            host = authority;
            port = IsConnect ? 0 : 80;
        }

        host = host.Trim('[', ']');
        return host.Length > 0 && port > 0;
    }

    /// <summary>The request as the origin server must see it: origin-form target, no proxy headers.</summary>
    public byte[] ToOriginForm(string pathAndQuery)
    {
        var builder = new StringBuilder(256);
        builder.Append(Method).Append(' ').Append(pathAndQuery).Append(' ').Append(Version).Append("\r\n");
        foreach (var (name, value) in Headers)
        {
            if (!name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase))
            {
                builder.Append(name).Append(": ").Append(value).Append("\r\n");
            }
        }

        return Encoding.Latin1.GetBytes(builder.Append("\r\n").ToString());
    }
}
