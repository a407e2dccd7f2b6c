using System.Text;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Repairs a UTF-8 page that declared a single-byte charset (ISO-8859-1/windows-1252): the browser then shows
/// "å¸¸è¦‹å•ç­”" for "常見問答". The characters are turned back into the bytes the browser decoded and those
/// are read as UTF-8; when they are not valid UTF-8 the page really was Latin-1 and is left alone.
/// </summary>
internal static class Mojibake
{
    // windows-1252's characters for bytes 0x80–0x9F (the WHATWG decoder, which browsers use for ISO-8859-1 too).
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The repaired text, or null when <paramref name="text"/> does not look like UTF-8 read as windows-1252. Each run
    /// of non-ASCII characters is repaired on its own and kept as it was when its bytes are not UTF-8, so one real
    /// "é" does not spoil the rest. Inside a run, <c>&amp;nbsp;</c> is byte A0 (the DOM serialises U+00A0 so).
    /// </summary>
    public static string? Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Suspect(text))
        {
            return null;
        }

        var result = new StringBuilder(text.Length);
        var run = new List<byte>();
        var changed = false;
        var i = 0;
        while (i < text.Length)
        {
            if (ByteOf(text[i]) is not { } first)
            {
                result.Append(text[i++]);
                continue;
            }

            var start = i;
            run.Clear();
            run.Add(first);
            i++;
            while (i < text.Length)
            {
                if (ByteOf(text[i]) is { } next)
                {
                    run.Add(next);
                    i++;
                }
                else if (string.CompareOrdinal(text, i, "&nbsp;", 0, 6) == 0)
                {
                    run.Add(0xA0);
                    i += 6;
                }
                else
                {
                    break;
                }
            }

            try
            {
                result.Append(StrictUtf8.GetString(run.ToArray()));
                changed = true;
            }
            catch (DecoderFallbackException)
            {
                result.Append(text, start, i - start);
            }
        }

        return changed ? result.ToString() : null;
    }

    /// <summary>The windows-1252 byte a non-ASCII character was decoded from, or null.</summary>
    private static byte? ByteOf(char c)
    {
        if (c >= 0xA0 && c <= 0xFF)
        {
            return (byte)c;
        }

        var index = Cp1252High.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? (byte)(0x80 + index) : null;
    }

    /// <summary>A UTF-8 lead byte (Ã‚–ô) read as a character and followed by a continuation byte, at least a few times.</summary>
    private static bool Suspect(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length && pairs < 3; i++)
        {
            if (text[i] is >= '\u00C2' and <= '\u00F4' && (IsContinuation(text[i + 1]) || text.AsSpan(i + 1).StartsWith("&nbsp;", StringComparison.Ordinal)))
            {
                pairs++;
            }
        }

        return pairs >= 3;
    }

    private static bool IsContinuation(char c) =>
        c is >= '\u0080' and <= '\u00BF' || Cp1252High.Contains(c, StringComparison.Ordinal);
}
