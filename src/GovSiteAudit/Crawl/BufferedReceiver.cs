using System.Net.Sockets;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Reads what the browser sends to <see cref="EgressProxy"/> on one connection: request heads, then exactly the body
/// each head announces, so the next head is found where it starts and judged on its own.
/// </summary>
internal sealed class BufferedReceiver(Socket socket)
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>
    /// The next head, up to and including its empty line; null when the connection ended before one began.
    /// Throws <see cref="InvalidDataException"/> for a head longer than <paramref name="maxBytes"/> or cut short.
    /// </summary>
    public async Task<byte[]?> ReadHeadAsync(int maxBytes, CancellationToken ct)
    {
        var head = new MemoryStream();
        var matched = 0; // bytes of "\r\n\r\n" seen in a row
        while (true)
        {
            if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
            {
                return head.Length == 0 ? null : throw new InvalidDataException("the connection ended inside a request head");
            }

            while (_start < _end)
            {
                var b = _buffer[_start++];
                head.WriteByte(b);
                matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
                if (matched == 4)
                {
                    return head.ToArray();
                }

                if (head.Length > maxBytes)
                {
                    throw new InvalidDataException("request head too long");
                }
            }
        }
    }

    /// <summary>Sends the next <paramref name="count"/> bytes received to <paramref name="to"/>.</summary>
    public async Task CopyAsync(long count, Socket to, CancellationToken ct)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidDataException("the connection ended inside a request body");
            }

            var n = (int)Math.Min(count, _end - _start);
            await SendAllAsync(to, _buffer.AsMemory(_start, n), ct).ConfigureAwait(false);
            _start += n;
            count -= n;
        }
    }

    /// <summary>Sends a chunked body (chunks, last chunk, trailers) to <paramref name="to"/> as received.</summary>
    public async Task CopyChunkedAsync(Socket to, CancellationToken ct)
    {
        while (true)
        {
            var line = await ReadLineAsync(ct).ConfigureAwait(false);
            await SendAllAsync(to, line, ct).ConfigureAwait(false);
            var text = System.Text.Encoding.Latin1.GetString(line).Split(';', 2)[0].Trim();
            if (!long.TryParse(text, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new InvalidDataException("bad chunk size in a request body");
            }

            if (size == 0)
            {
                // Trailers, up to the empty line.
                while ((line = await ReadLineAsync(ct).ConfigureAwait(false)).Length > 2)
                {
                    await SendAllAsync(to, line, ct).ConfigureAwait(false);
                }

                await SendAllAsync(to, line, ct).ConfigureAwait(false);
                return;
            }

            await CopyAsync(size + 2, to, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Sends whatever was received beyond the last head or body (a tunnel's first bytes).</summary>
    public async Task FlushAsync(Socket to, CancellationToken ct)
    {
        if (_start < _end)
        {
            await SendAllAsync(to, _buffer.AsMemory(_start, _end - _start), ct).ConfigureAwait(false);
            _start = _end;
        }
    }

    private async Task<byte[]> ReadLineAsync(CancellationToken ct)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidDataException("the connection ended inside a chunked body");
            }

            var b = _buffer[_start++];
            line.WriteByte(b);
            if (b == '\n')
            {
                return line.ToArray();
            }

            if (line.Length > 8192)
            {
                throw new InvalidDataException("chunk line too long");
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        _start = 0;
        _end = await socket.ReceiveAsync(_buffer, SocketFlags.None, ct).ConfigureAwait(false);
        return _end > 0;
    }

    internal static async Task SendAllAsync(Socket to, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        while (bytes.Length > 0)
        {
            var sent = await to.SendAsync(bytes, SocketFlags.None, ct).ConfigureAwait(false);
            bytes = bytes[sent..];
        }
    }
}
