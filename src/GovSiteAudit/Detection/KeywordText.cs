using System.Collections.Concurrent;
using System.Text;

namespace GovSiteAudit.Detection;

/// <summary>
/// Keyword matching as the rubric format defines it: NFKC + case folding + Chinese script folding +
/// white-space collapse; Latin keywords match whole words, CJK keywords match anywhere.
/// </summary>
public static class KeywordText
{
    // Keywords repeat across pages and indicators; normalising them once keeps the hot loop to IndexOf.
    private static readonly ConcurrentDictionary<string, string> NormalizedKeywords = new(StringComparer.Ordinal);

    /// <summary>
    /// NFKC (full-width letters, digits and spaces fold to ASCII), lower-case, runs of white space to one
    /// space, trimmed. Spaces between two Han/kana characters are dropped: Chinese pages space out
    /// headings such as "常 見 問 題" for layout, not meaning. Zero-width characters are removed. Chinese
    /// characters fold to one script (<see cref="ChineseScript"/>), so 常見問題 and 常见问题 normalise alike.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (!(IsSpacelessScript(sb[^1]) && IsSpacelessScript(c)))
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
            }

            sb.Append(ChineseScript.Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Position of <paramref name="keyword"/> (normalised here) in text already passed through
    /// <see cref="Normalize"/>, honouring Latin word boundaries; -1 when absent.
    /// </summary>
    public static int IndexOf(string normalizedText, string keyword)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(keyword);
        return IndexOfNormalized(normalizedText, NormalizeKeyword(keyword));
    }

    /// <summary>True when the normalised text contains the keyword (see <see cref="IndexOf"/>).</summary>
    public static bool Contains(string normalizedText, string keyword) => IndexOf(normalizedText, keyword) >= 0;

    /// <summary>The first keyword of <paramref name="keywords"/> found in the normalised text, or null.</summary>
    public static string? FirstMatch(string normalizedText, IEnumerable<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            if (IndexOf(normalizedText, keyword) >= 0)
            {
                return keyword;
            }
        }

        return null;
    }

    internal static string NormalizeKeyword(string keyword) => NormalizedKeywords.GetOrAdd(keyword, Normalize);

    internal static int IndexOfNormalized(string text, string keyword)
    {
        if (keyword.Length == 0)
        {
            return -1;
        }

        var boundaryBefore = IsWordChar(keyword[0]);
        var boundaryAfter = IsWordChar(keyword[^1]);
        var start = 0;
        while (start <= text.Length - keyword.Length)
        {
            var at = text.IndexOf(keyword, start, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + keyword.Length;
            var okBefore = !boundaryBefore || at == 0 || !IsWordChar(text[at - 1]);
            var okAfter = !boundaryAfter || end == text.Length || !IsWordChar(text[end]);
            if (okBefore && okAfter)
            {
                return at;
            }

            start = at + 1;
        }

        return -1;
    }

    /// <summary>A letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic …).</summary>
    internal static bool IsWordCharacter(char c) => IsWordChar(c);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

    private static bool IsCjk(char c) =>
        IsSpacelessScript(c)
        || (c >= '\u1100' && c <= '\u11FF')   // Hangul Jamo
        || (c >= '\u3130' && c <= '\u318F')   // Hangul compatibility Jamo
        || (c >= '\uAC00' && c <= '\uD7AF');  // Hangul syllables

    /// <summary>Han, kana and bopomofo: scripts written without spaces between words.</summary>
    private static bool IsSpacelessScript(char c) =>
        (c >= '\u2E80' && c <= '\u2FDF')      // CJK radicals, Kangxi
        || (c >= '\u3040' && c <= '\u312F')   // Hiragana, Katakana, Bopomofo
        || (c >= '\u31A0' && c <= '\u31FF')   // Bopomofo extended, Katakana extensions
        || (c >= '\u3400' && c <= '\u4DBF')   // CJK extension A
        || (c >= '\u4E00' && c <= '\u9FFF')   // CJK unified ideographs
        || (c >= '\uF900' && c <= '\uFAFF')   // CJK compatibility ideographs
        || char.IsSurrogate(c);               // extensions B+ live outside the BMP

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
